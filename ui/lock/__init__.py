"""Creating, unlocking and locking vaults."""
