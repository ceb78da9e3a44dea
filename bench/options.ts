/** Command-line options of `npm run bench`. */
export interface Options {
  quick: boolean;
  /** 'seed' or a number of synthetic documents. */
  sizes: string[];
  iterations: number;
  warmup: number;
  /** Seconds of latency sampling per question and way at most (at least 20 samples are taken). */
  latencyBudget: number;
  /** Seconds of each autocannon run. */
  duration: number;
  connections: number;
  /** Transactions loading documents at once. */
  parallel: number;
  /** Documents written per transaction. */
  batch: number;
  /** A folder keeping each synthetic size's loaded store between runs (see store.ts). */
  store?: string;
  /** Only load the stores (with --store), measuring nothing: a long load done ahead of the runs. */
  loadOnly: boolean;
  /** Only check the answers and count db hits, no latency or throughput: minutes, not hours. */
  hitsOnly: boolean;
}

const USAGE = `npm run bench -- [--quick] [--full] [--sizes seed,1000,20000] [--iterations N] [--warmup N] [--latency-budget S] [--duration S] [--connections N] [--parallel N] [--batch N] [--store DIR [--load-only]] [--hits-only]
  default: sizes seed,1000; --full adds 20000; a size is seed, corpus (the real corpus, as a first start loads it) or a number of synthetic documents; --quick: seed only, few iterations, 2 s throughput runs.`;

export function parseOptions(argv: string[]): Options {
  const quick = argv.includes('--quick');
  const options: Options = quick
    ? {
        quick,
        sizes: ['seed'],
        iterations: 20,
        warmup: 5,
        latencyBudget: 30,
        duration: 2,
        connections: 16,
        parallel: 2,
        batch: 25,
        loadOnly: false,
        hitsOnly: false,
      }
    : {
        quick,
        sizes: ['seed', '1000'],
        iterations: 200,
        warmup: 20,
        latencyBudget: 30,
        duration: 10,
        connections: 16,
        parallel: 2,
        batch: 25,
        loadOnly: false,
        hitsOnly: false,
      };
  if (argv.includes('--full')) options.sizes = ['seed', '1000', '20000'];
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1];
    const number = () => {
      if (!/^\d+$/.test(value ?? '')) throw new Error(`${argv[i]} needs a whole number\n${USAGE}`);
      i += 1;
      return Number(value);
    };
    switch (argv[i]) {
      case '--quick':
      case '--full':
        break;
      case '--load-only':
        options.loadOnly = true;
        break;
      case '--hits-only':
        options.hitsOnly = true;
        break;
      case '--sizes':
        options.sizes = (value ?? '').split(',').filter(Boolean);
        if (!options.sizes.length || options.sizes.some((s) => s !== 'seed' && s !== 'corpus' && !/^\d+$/.test(s)))
          throw new Error(`--sizes takes seed, corpus and numbers\n${USAGE}`);
        i += 1;
        break;
      case '--iterations':
        options.iterations = number();
        break;
      case '--warmup':
        options.warmup = number();
        break;
      case '--latency-budget':
        options.latencyBudget = number();
        break;
      case '--duration':
        options.duration = number();
        break;
      case '--connections':
        options.connections = number();
        break;
      case '--parallel':
        options.parallel = Math.max(1, number());
        break;
      case '--batch':
        options.batch = Math.max(1, number());
        break;
      case '--store':
        if (!value || value.startsWith('--')) throw new Error(`--store needs a folder\n${USAGE}`);
        options.store = value;
        i += 1;
        break;
      case '--help':
        console.log(USAGE);
        return process.exit(0);
      default:
        throw new Error(`Unknown option ${argv[i]}\n${USAGE}`);
    }
  }
  if (options.loadOnly && !options.store)
    throw new Error(`--load-only needs --store: a load nobody keeps measures nothing\n${USAGE}`);
  return options;
}
