/** Command-line options of `npm run bench`. */
export interface Options {
  quick: boolean;
  /** 'seed' or a number of synthetic documents. */
  sizes: string[];
  iterations: number;
  warmup: number;
  /** Seconds of each autocannon run. */
  duration: number;
  connections: number;
  /** Documents loaded in parallel transactions. */
  parallel: number;
}

const USAGE = `npm run bench -- [--quick] [--full] [--sizes seed,1000,20000] [--iterations N] [--warmup N] [--duration S] [--connections N] [--parallel N]
  default: sizes seed,1000; --full adds 20000; --quick: seed only, few iterations, 2 s throughput runs.`;

export function parseOptions(argv: string[]): Options {
  const quick = argv.includes('--quick');
  const options: Options = quick
    ? { quick, sizes: ['seed'], iterations: 20, warmup: 5, duration: 2, connections: 16, parallel: 4 }
    : { quick, sizes: ['seed', '1000'], iterations: 200, warmup: 20, duration: 10, connections: 16, parallel: 4 };
  if (argv.includes('--full')) options.sizes = ['seed', '1000', '20000'];
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1];
    const number = () => {
      if (!/^\d+$/.test(value ?? '')) throw new Error(`${argv[i]} needs a whole number\n${USAGE}`);
      i += 1;
      return Number(value);
    };
    switch (argv[i]) {
      case '--quick': case '--full': break;
      case '--sizes':
        options.sizes = (value ?? '').split(',').filter(Boolean);
        if (!options.sizes.length || options.sizes.some((s) => s !== 'seed' && !/^\d+$/.test(s))) throw new Error(`--sizes takes seed and numbers\n${USAGE}`);
        i += 1;
        break;
      case '--iterations': options.iterations = number(); break;
      case '--warmup': options.warmup = number(); break;
      case '--duration': options.duration = number(); break;
      case '--connections': options.connections = number(); break;
      case '--parallel': options.parallel = Math.max(1, number()); break;
      case '--help': console.log(USAGE); process.exit(0);
      default: throw new Error(`Unknown option ${argv[i]}\n${USAGE}`);
    }
  }
  return options;
}
