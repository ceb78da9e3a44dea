// name: graphCounts
// From the count store, so it costs the same whatever the size of the graph. Rows without a
// label (or type) are the totals; rows with start or end labels are finer splits we skip.
CALL db.stats.retrieve('GRAPH COUNTS') YIELD data
RETURN
  coalesce([row IN data.nodes WHERE row.label IS NULL | row.count][0], 0) AS nodes,
  coalesce([row IN data.relationships WHERE row.relationshipType IS NULL
            AND row.startLabel IS NULL AND row.endLabel IS NULL | row.count][0], 0) AS relationships,
  [row IN data.nodes WHERE row.label IS NOT NULL AND row.count > 0
    | {name: row.label, count: row.count}] AS labels,
  [row IN data.relationships WHERE row.relationshipType IS NOT NULL
            AND row.startLabel IS NULL AND row.endLabel IS NULL AND row.count > 0
    | {name: row.relationshipType, count: row.count}] AS relationshipTypes
