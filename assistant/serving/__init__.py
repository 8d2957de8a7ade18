"""The web app: FastAPI API, Gradio chat and widget, middleware, live reload."""
