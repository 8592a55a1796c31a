"""Team exchange without a server: encrypted bundles of SQLite session changesets."""
