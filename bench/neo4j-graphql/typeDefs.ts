/**
 * The graph described for @neo4j/graphql 7: the same labels, relationships and properties as
 * our schema, with @relationship for traversals and @cypher where the library has no feature
 * of its own (the chain, the subgraph, cross-label full-text search, grouped responsibilities).
 * Each @cypher statement is the best we could write; it returns the same data as ours.
 */
export const typeDefs = /* GraphQL */ `
  type AssignedTo @relationshipProperties {
    role: String!
  }
  type Targets @relationshipProperties {
    action: String!
  }

  type Agency @node {
    id: ID!
    name: String
    acronym: String
    directives: [Directive!]! @relationship(type: "ASSIGNED_TO", direction: IN, properties: "AssignedTo")
    parent: Agency @relationship(type: "PART_OF", direction: OUT)
  }

  union DirectiveTarget = Rule | Program | Agreement | PresidentialDocument

  type Directive @node {
    id: ID!
    text: String
    action: String
    ordinal: Int
    dueOn: Date
    documentId: String
    provisionId: String
    agencies: [Agency!]! @relationship(type: "ASSIGNED_TO", direction: OUT, properties: "AssignedTo")
    targets: [DirectiveTarget!]! @relationship(type: "TARGETS", direction: OUT, properties: "Targets")
    document: PresidentialDocument
      @cypher(statement: "MATCH (doc:PresidentialDocument {id: this.documentId}) RETURN doc", columnName: "doc")
  }

  type PresidentialDocument @node {
    id: ID!
    kind: String
    number: String
    title: String
    signedOn: Date
    revokes: [PresidentialDocument!]! @relationship(type: "REVOKES", direction: OUT)
    revokedBy: [PresidentialDocument!]! @relationship(type: "REVOKES", direction: IN)
  }

  type Rule @node {
    id: ID!
    name: String
  }
  type Program @node {
    id: ID!
    name: String
  }
  type Agreement @node {
    id: ID!
    name: String
  }

  type RevocationHop {
    direction: String!
    depth: Int!
    revokingId: String!
    revokedId: String!
  }
  type SubgraphNode {
    id: String!
    labels: [String!]!
  }
  type Subgraph {
    nodes: [SubgraphNode!]!
    edges: [String!]!
    truncated: Boolean!
  }
  type SearchHit {
    id: String!
    labels: [String!]!
    score: Float!
  }
  type SearchResult {
    hasNextPage: Boolean!
    hits: [SearchHit!]!
  }
  type ResponsibilityGroup {
    role: String!
    action: String!
    documentId: String!
    count: Int!
    directiveIds: [String!]!
  }

  type Query {
    revocationChain(documentId: String!, maxDepth: Int!): [RevocationHop!]!
      @cypher(
        columnName: "hop"
        statement: """
        CALL () {
          MATCH p = (:PresidentialDocument {id: $documentId})-[:REVOKES*1..20]->(:PresidentialDocument) WHERE length(p) <= $maxDepth
          RETURN 'DOWNSTREAM' AS direction, p
          UNION ALL
          MATCH p = (:PresidentialDocument {id: $documentId})<-[:REVOKES*1..20]-(:PresidentialDocument) WHERE length(p) <= $maxDepth
          RETURN 'UPSTREAM' AS direction, p
        }
        UNWIND range(0, length(p) - 1) AS i
        WITH direction, relationships(p)[i] AS r, i + 1 AS depth
        WITH direction, r, min(depth) AS depth
        RETURN {direction: direction, depth: depth, revokingId: startNode(r).id, revokedId: endNode(r).id} AS hop
        """
      )
    subgraph(focus: String!, limit: Int!): Subgraph!
      @cypher(
        columnName: "result"
        statement: """
        MATCH (f:PresidentialDocument {id: $focus})
        MATCH p = (f)-[*0..2]-(n)
        WITH n, min(length(p)) AS distance ORDER BY distance, n.id LIMIT $limit + 1
        WITH collect(n) AS found
        WITH found[..$limit] AS kept, size(found) > $limit AS truncated
        CALL (kept) {
          UNWIND kept AS a
          MATCH (a)-[r]->(b) WHERE b IN kept
          RETURN collect(a.id + '-' + type(r) + '-' + b.id) AS edges
        }
        RETURN {nodes: [n IN kept | {id: n.id, labels: labels(n)}], edges: edges, truncated: truncated} AS result
        """
      )
    searchAll(text: String!, first: Int!): SearchResult!
      @cypher(
        columnName: "result"
        statement: """
        CALL db.index.fulltext.queryNodes('search', $text, {limit: 80}) YIELD node, score
        WITH node, score ORDER BY score DESC, node.id LIMIT $first + 1
        WITH collect({id: node.id, labels: labels(node), score: score}) AS page
        RETURN {hasNextPage: size(page) > $first, hits: page[..$first]} AS result
        """
      )
    responsibilities(agencyId: String!): [ResponsibilityGroup!]!
      @cypher(
        columnName: "group"
        statement: """
        MATCH (:Agency {id: $agencyId})<-[r:ASSIGNED_TO]-(d:Directive)
        WITH r.role AS role, d.action AS action, d.documentId AS documentId, collect(d.id) AS directiveIds
        RETURN {role: role, action: action, documentId: documentId, count: size(directiveIds), directiveIds: directiveIds} AS group
        """
      )
  }
`;
