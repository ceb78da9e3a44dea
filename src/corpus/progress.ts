/** How far the corpus load is: one tracker, read by the log line and by /readyz. */

export type CorpusState = 'waiting' | 'loading' | 'loaded' | 'stopped' | 'failed' | 'off';

export interface CorpusStatus {
  state: CorpusState;
  /** Orders of the corpus in the graph, those loaded by earlier runs included. */
  done: number;
  total: number;
  /** Orders whose text was refused by the parser (in the graph from their metadata), this run. */
  refused: number;
  /** Orders a second, over this run. */
  rate: number;
  /** At this run's rate; null before there is one. */
  secondsLeft: number | null;
  error?: string;
}

export class CorpusProgress {
  private state: CorpusState;
  private total = 0;
  private done = 0;
  private doneBefore = 0;
  private refused = 0;
  private startedAt = 0;
  private error?: string;

  constructor(
    enabled: boolean,
    private readonly now: () => number = Date.now,
  ) {
    this.state = enabled ? 'waiting' : 'off';
  }

  start(total: number, alreadyLoaded: number): void {
    this.state = alreadyLoaded >= total ? 'loaded' : 'loading';
    this.total = total;
    this.done = this.doneBefore = alreadyLoaded;
    this.startedAt = this.now();
  }

  advance(orders: number, refused: number): void {
    this.done += orders;
    this.refused += refused;
    if (this.done >= this.total) this.state = 'loaded';
  }

  stop(): void {
    if (this.state === 'loading') this.state = 'stopped';
  }

  fail(error: unknown): void {
    this.state = 'failed';
    this.error = error instanceof Error ? error.message.split('\n')[0] : String(error);
  }

  status(): CorpusStatus {
    const seconds = (this.now() - this.startedAt) / 1000;
    const thisRun = this.done - this.doneBefore;
    const rate = seconds > 0 && thisRun > 0 ? thisRun / seconds : 0;
    const secondsLeft = rate > 0 ? Math.round((this.total - this.done) / rate) : null;
    return {
      state: this.state,
      done: this.done,
      total: this.total,
      refused: this.refused,
      rate: Math.round(rate * 10) / 10,
      secondsLeft,
      ...(this.error ? { error: this.error } : {}),
    };
  }

  /** "Corpus: 1,200/5,682 orders (21%), 40.1/s, about 1m 52s left". */
  line(): string {
    const s = this.status();
    const percent = s.total ? Math.floor((100 * s.done) / s.total) : 100;
    const left = s.secondsLeft === null ? '' : `, about ${duration(s.secondsLeft)} left`;
    return `Corpus: ${s.done.toLocaleString('en-US')}/${s.total.toLocaleString('en-US')} orders (${percent}%), ${s.rate}/s${left}`;
  }
}

export function duration(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = Math.round(seconds % 60);
  return m > 0 ? `${m}m ${s}s` : `${s}s`;
}
