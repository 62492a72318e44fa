"""Label Studio round trip: labeling config from the schema, document <-> task conversion,
a thin REST client, the embedded local server, and push/pull sync."""
