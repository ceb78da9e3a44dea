import { spawnSync } from 'node:child_process';

/** Raised when the machine lacks what the local Neo4j needs; says what to install or what to use instead. */
export class MissingToolError extends Error {
  constructor(
    readonly tool: string,
    detail: string,
  ) {
    super(
      `${detail}\n` +
        'The local Neo4j needs Java 17+ (java, javac) and Maven (mvn) on PATH. Either install them ' +
        '(Debian/Ubuntu: apt-get install openjdk-17-jdk-headless maven), or set NEO4J_URI (with ' +
        'NEO4J_USERNAME and NEO4J_PASSWORD) to a Neo4j server you already run, or use `docker compose up`.',
    );
    this.name = 'MissingToolError';
  }
}

/** Checks the tools are runnable (java to run; javac and mvn to install) and that Java is at least 17. */
export function checkToolchain(tools: string[] = ['java', 'javac', 'mvn'], env: NodeJS.ProcessEnv = process.env): void {
  for (const tool of tools) {
    const probe = spawnSync(tool, ['-version'], { env, encoding: 'utf8' });
    if (probe.error) throw new MissingToolError(tool, `${tool} was not found on PATH (${probe.error.message}).`);
    if (tool === 'java') checkJavaVersion(`${probe.stderr}${probe.stdout}`);
  }
}

function checkJavaVersion(banner: string): void {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(banner);
  const major = match ? Number(match[1] === '1' ? match[2] : match[1]) : NaN;
  if (!(major >= 17)) {
    throw new MissingToolError('java', `Java 17 or newer is needed; found: ${banner.split('\n')[0] || 'no version'}.`);
  }
}
