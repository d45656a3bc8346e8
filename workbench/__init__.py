"""lkj review: the reviewer's workbench (workbench.app)."""
