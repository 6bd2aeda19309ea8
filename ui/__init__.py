"""The Planvis web UI (Gradio), a thin layer over ``assistant``."""
