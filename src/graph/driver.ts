import neo4j, { Driver } from 'neo4j-driver';

export interface DriverSettings {
  uri: string;
  username: string;
  password: string;
}

/**
 * The driver's defaults wait 30 s to connect and retry for 30 s more: a request to a Neo4j
 * that is down would hang for a minute. These budgets make it fail in a few seconds instead,
 * and the pool reconnects by itself once Neo4j is back. The bound is 6 s (issue 7): measured
 * 2.5-3.5 s against a stopped Neo4j (connection refused); against a host that does not answer
 * at all, a 1.5 s connect timeout plus a 1.5 s retry window keeps it near 4.5 s.
 */
export function createDriver(settings: DriverSettings): Driver {
  return neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password), {
    connectionTimeout: 1500,
    connectionAcquisitionTimeout: 4000,
    maxTransactionRetryTime: 1500,
    maxConnectionPoolSize: 50,
    disableLosslessIntegers: false,
    userAgent: 'presidential-graph',
  });
}
