"""Optional LLM backends and the prompt that asks them for a short, cited answer.

The model only ever sees the retrieved passages; whatever it writes is checked sentence by
sentence in verify.py before anyone reads it, so nothing here has to be trusted.
"""
from __future__ import annotations

import re
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.language_models.fake_chat_models import FakeListChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate
from langchain_core.runnables import Runnable
from pydantic import Field

from assistant.answering.composer import NOT_IN_STUDY
from assistant.ingest.chunking import split_sentences
from assistant.settings import Settings

LLAMACPP_MISSING = "llama-cpp-python not installed: pip install 'cartqa[llamacpp]'"
OPENAI_MISSING = "langchain-openai not installed: pip install 'cartqa[openai]'"
MAX_TOKENS = 300  # 1-3 short sentences; a cap also bounds how long a local model can run

SYSTEM = f"""You answer questions from patients about one medical study, using ONLY the numbered passages you are given.
Rules:
- Answer in 1 to 3 short sentences in plain language.
- End every sentence with the marker of the passage it comes from, like [1] or [2].
- Use only facts, words and numbers that are in the passages. Do not add anything else.
- Keep the study's caution: never turn "could" or "too early to say" into a certainty.
- If the passages do not answer the question, reply exactly: {NOT_IN_STUDY}
- Never give personal medical advice; you may only report what the study says."""

HUMAN = "Passages:\n{passages}\n\nQuestion: {question}"

PROMPT = ChatPromptTemplate.from_messages([("system", SYSTEM), ("human", HUMAN)])


class LLMUnavailable(RuntimeError):
    """The configured LLM backend cannot be used; the message says what to do."""


def format_passages(docs) -> str:
    """Number the retrieved LangChain Documents as the prompt shows them: "[1] (Section) text"."""
    lines = []
    for n, doc in enumerate(docs, start=1):
        section = doc.metadata.get("section")
        lead = f"({section}) " if section else ""
        lines.append(f"[{n}] {lead}{' '.join(doc.page_content.split())}")
    return "\n".join(lines)


def answer_chain(llm: BaseChatModel) -> Runnable:
    """{"passages", "question"} -> the model's text."""
    return PROMPT | llm | StrOutputParser()


def model_label(llm) -> str:
    """A short name of the model behind llm, for Reply.backend ("llm:<model>")."""
    for attr in ("model_name", "model", "model_path"):
        value = getattr(llm, attr, None)
        if isinstance(value, str) and value:
            return value.rsplit("/", 1)[-1]
    return getattr(llm, "_llm_type", type(llm).__name__)


class FakeChat(FakeListChatModel):
    """An offline stand-in model that records its prompts.

    With scripted responses it replies with them in turn (cycling); without, it quotes the first
    sentence of passage [1], a grounded answer that lets the whole LLM path run with no model.
    """

    responses: list[str] = Field(default_factory=list)
    prompts: list[str] = Field(default_factory=list)
    model_name: str = "fake"

    def _call(self, messages: list[BaseMessage], stop=None, run_manager=None, **kwargs: Any) -> str:
        prompt = "\n\n".join(str(m.content) for m in messages)
        self.prompts.append(prompt)
        if self.responses:
            return super()._call(messages, stop, run_manager, **kwargs)
        first = re.search(r"^\[1\] (?:\([^)]*\) )?(.+)$", prompt, re.M)
        if not first:
            return NOT_IN_STUDY
        sentence = split_sentences(first.group(1))[0].rstrip()
        return f"{sentence} [1]"


class LlamaCppChat(BaseChatModel):
    """Chat over a local GGUF model with llama-cpp-python, for when langchain-community is absent."""

    client: Any = None
    model_path: str
    max_tokens: int = MAX_TOKENS

    @property
    def _llm_type(self) -> str:
        return "llama-cpp"

    def _generate(self, messages: list[BaseMessage], stop=None, run_manager=None, **kwargs: Any) -> ChatResult:
        roles = {"system": "system", "human": "user", "ai": "assistant"}
        out = self.client.create_chat_completion(
            messages=[{"role": roles.get(m.type, "user"), "content": str(m.content)} for m in messages],
            temperature=0,
            max_tokens=self.max_tokens,
            stop=stop,
        )
        text = out["choices"][0]["message"]["content"] or ""
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=text))])


def _llamacpp(settings: Settings) -> BaseChatModel:
    path = settings.llm_gguf_path
    if path is None:
        raise LLMUnavailable("llm_gguf_path is not set: set CARTQA_LLM_GGUF_PATH to a local .gguf model file")
    try:
        from langchain_community.chat_models import ChatLlamaCpp
    except ImportError:
        ChatLlamaCpp = None
    try:
        import llama_cpp
    except ImportError:
        # ChatLlamaCpp imports llama_cpp itself, so without it neither route works.
        raise LLMUnavailable(LLAMACPP_MISSING) from None
    if not path.is_file():
        raise LLMUnavailable(f"GGUF model file not found: {path} (set CARTQA_LLM_GGUF_PATH)")
    try:
        if ChatLlamaCpp is not None:
            return ChatLlamaCpp(model_path=str(path), temperature=0, max_tokens=MAX_TOKENS, n_ctx=4096, verbose=False)
        client = llama_cpp.Llama(model_path=str(path), n_ctx=4096, verbose=False)
    except Exception as exc:  # a broken or foreign file: say which, not a llama.cpp traceback
        raise LLMUnavailable(f"cannot load GGUF model {path}: {exc} (check CARTQA_LLM_GGUF_PATH)") from exc
    return LlamaCppChat(client=client, model_path=str(path))


def make_llm(settings: Settings) -> BaseChatModel:
    """The chat model named by settings.llm_backend. Raises LLMUnavailable with a next step."""
    backend = settings.llm_backend
    if backend == "openai":
        try:
            from langchain_openai import ChatOpenAI
        except ImportError:
            raise LLMUnavailable(OPENAI_MISSING) from None
        return ChatOpenAI(
            base_url=settings.llm_base_url,
            model=settings.llm_model,
            api_key=settings.llm_api_key,
            timeout=settings.llm_timeout,
            max_retries=0,  # a slow or dead server means the composer answers, not a longer wait
            temperature=0,
            max_tokens=MAX_TOKENS,
            # Local OpenAI-compatible servers (Ollama, llama.cpp, vLLM) speak chat completions only;
            # never let a model name switch the client to the Responses API.
            use_responses_api=False,
        )
    if backend == "llamacpp":
        return _llamacpp(settings)
    if backend == "fake":
        return FakeChat()
    raise LLMUnavailable(f"unknown llm_backend {backend!r}: use none, openai, llamacpp or fake")
