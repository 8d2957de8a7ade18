"""cartqa: an offline, cited question-answering assistant over the health studies in its corpus."""
import os as _os

# Nothing in this package may reach the network: no hub downloads, no telemetry. onnxruntime
# (>= 1.29 on Linux) creates a device id, an event cache and an uploader when its environment is
# first made unless opted out before that; the opt-out is forced, not a default a caller could undo.
for _name in ("ORT_DISABLE_TELEMETRY", "ORT_TELEMETRY_DISABLED"):
    _os.environ[_name] = "1"
for _name, _value in (
    ("HF_HUB_OFFLINE", "1"),
    ("TRANSFORMERS_OFFLINE", "1"),
    ("HF_HUB_DISABLE_TELEMETRY", "1"),
    ("GRADIO_ANALYTICS_ENABLED", "False"),
    ("ANONYMIZED_TELEMETRY", "False"),
    ("TOKENIZERS_PARALLELISM", "false"),
):
    _os.environ.setdefault(_name, _value)

__version__ = "0.1.0"


def __getattr__(name):
    # `from assistant import Assistant` without importing the heavy stack on `import assistant`.
    if name == "Assistant":
        from assistant.answering.pipeline import Assistant

        return Assistant
    raise AttributeError(name)
