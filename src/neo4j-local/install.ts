import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';
import { checkToolchain } from './toolchain';

// Sources, not build output: the compiled TypeScript in dist/ does not carry the Java files.
const JAVA_DIR = path.join(PROJECT_ROOT, 'src', 'neo4j-local', 'java');

/** What `java` needs to run the launcher: its classpath. */
export interface LauncherInstall {
  classpath: string;
}

/**
 * Resolves Neo4j Community from Maven Central into `cacheDir` (a Maven repository the project
 * owns) and compiles the launcher. Keyed by a hash of the pom and the launcher source, so a
 * warm start costs two file reads and a changed version resolves afresh.
 */
export async function installLauncher(cacheDir: string, log: (line: string) => void): Promise<LauncherInstall> {
  const sources = sourceFiles();
  const key = hashFiles(sources);
  const installDir = path.join(cacheDir, `launcher-${key}`);
  const classpathFile = path.join(installDir, 'classpath.txt');
  if (fs.existsSync(classpathFile)) {
    return { classpath: fs.readFileSync(classpathFile, 'utf8') };
  }
  checkToolchain();
  fs.mkdirSync(installDir, { recursive: true });
  log(`Resolving Neo4j from Maven Central into ${cacheDir} (first start only; about 120 MB)...`);
  const dependencies = path.join(installDir, 'dependencies.txt');
  await run('mvn', [
    '-B',
    '-q',
    '-f',
    path.join(JAVA_DIR, 'pom.xml'),
    `-Dmaven.repo.local=${path.join(cacheDir, 'm2')}`,
    'dependency:build-classpath',
    `-Dmdep.outputFile=${dependencies}`,
  ]);
  const classes = path.join(installDir, 'classes');
  const dependencyPath = fs.readFileSync(dependencies, 'utf8').trim();
  log('Compiling the Neo4j launcher...');
  await run('javac', ['-cp', dependencyPath, '-d', classes, path.join(JAVA_DIR, 'Neo4jLauncher.java')]);
  const classpath = [classes, dependencyPath].join(path.delimiter);
  // Written last: its presence marks a complete install.
  fs.writeFileSync(classpathFile, classpath);
  return { classpath };
}

function sourceFiles(): string[] {
  return ['pom.xml', 'Neo4jLauncher.java'].map((name) => path.join(JAVA_DIR, name));
}

function hashFiles(files: string[]): string {
  const hash = crypto.createHash('sha256');
  for (const file of files) hash.update(fs.readFileSync(file));
  return hash.digest('hex').slice(0, 12);
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(' ')} failed (exit ${code}):\n${output.slice(-4000)}`));
    });
  });
}
