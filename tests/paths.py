"""Where the test data lives, for tests at any depth of the tree."""

from pathlib import Path

TESTS_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = TESTS_DIR.parent
WIRE_DATA = TESTS_DIR / "data" / "wire"
