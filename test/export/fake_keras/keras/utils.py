"""keras.utils stand-in (the exported data pipeline is not run in tests)."""
