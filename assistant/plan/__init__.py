"""Plan drafting: the method as data, the plan, its conversation, drafts and export (issue 12)."""
