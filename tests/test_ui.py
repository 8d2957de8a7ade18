"""The chat's server side: its event handlers with a fake assistant, and the real app on 127.0.0.1
through gradio_client. The browser tests are in test_chat_browser.py."""
from __future__ import annotations

import html
import json
import time

import gradio as gr
import pytest

from assistant.records import Citation, Reply
from assistant.serving.api import create_app
from assistant.serving.chat import SORRY, build_ui, history_from_chat

from conftest import app_in_thread

LUPUS = "Did the lupus patients go into remission?"
MARKUP = 'Lupus <script>window.__pwned = 1</script><img src="x" onerror="window.__pwned = 2"> remission?'


class FakeBot:
    """The real settings and index; replies from a queue; records what it was asked. No `packs`
    attribute and no `stream` of its own beyond splitting, as an older Assistant would have."""

    def __init__(self, bot, replies, backend="none", pause=0.0):
        self.settings = bot.settings.model_copy(update={"llm_backend": backend})
        self.index = bot.index
        self.replies, self.asked, self.pause = list(replies), [], pause

    def ask(self, question, history=None, style="plain", study=None):
        self.asked.append({"question": question, "history": history, "style": style})
        return self.replies.pop(0) if len(self.replies) > 1 else self.replies[0]

    def stream(self, question, history=None, style="plain", study=None):
        reply = self.ask(question, history, style)
        for word in reply.answer.split(" "):
            time.sleep(self.pause)
            yield word + " "
        yield reply


def _reply(bot, question: str = LUPUS) -> Reply:
    return bot.ask(question)


def _handler(demo, name: str):
    return next(fn.fn for fn in demo.fns.values() if getattr(fn.fn, "__name__", "") == name)


def test_chat_history_comes_back_as_plain_text():
    chat = [
        {"role": "user", "content": [{"type": "text", "text": html.escape("a <b> & c", quote=False)}]},
        {"role": "assistant", "content": "All lupus patients achieved remission. [1]"},
        {"role": "assistant", "content": ""},
        {"role": "system", "content": "ignored"},
    ]
    assert history_from_chat(chat) == [
        {"role": "user", "content": "a <b> & c"},
        {"role": "assistant", "content": "All lupus patients achieved remission. [1]"},
    ]


def test_an_answer_is_shown_at_once_with_its_own_sources(bot):
    demo = build_ui(bot)
    outputs = list(_handler(demo, "respond")(LUPUS, [], ""))
    assert len(outputs) == 2  # the question with "Looking in the study…", then the whole answer
    chat, record, log, status, box = outputs[-1]
    assert [m["role"] for m in chat] == ["user", "assistant"] and "remission" in chat[1]["content"]
    assert "Background (not" not in chat[1]["content"]  # the bubble holds the body, not the notes
    assert 'class="cq-chip"' in log and "<mark" in log and "Müller" in log
    assert json.loads(record)[0]["c"][0][1]  # the record names the cited passage
    assert status.startswith('<p class="cq-sr">Answer ready. ') and box == ""
    # The next question sends the chat and the record back; the first answer keeps its source.
    chat2, record2, log2, *_ = list(_handler(demo, "respond")("How many patients were treated?", chat, record))[-1]
    assert len(chat2) == 4 and len(json.loads(record2)) == 2
    assert 'id="cq-t0-p1"' in log2 and 'id="cq-t1-p1"' in log2


def test_an_empty_question_gets_a_visible_word(bot):
    (chat, record, log, status, box), = list(_handler(build_ui(bot), "respond")("   ", [], ""))
    assert 'class="cq-notice"' in status and "Please type a question" in status
    assert record is gr.skip() or isinstance(record, dict)


def test_a_backend_that_streams_is_shown_as_it_writes(bot):
    reply = _reply(bot)
    streaming = FakeBot(bot, [reply], backend="openai", pause=0.03)
    outputs = list(_handler(build_ui(streaming), "respond")(LUPUS, [], ""))
    drawn = [o[2] for o in outputs[1:-1]]
    assert drawn and all("Looking in the study" in d for d in drawn), "partial answers are drawn while it writes"
    composer = FakeBot(bot, [reply], backend="none")
    assert len(list(_handler(build_ui(composer), "respond")(LUPUS, [], ""))) == 2  # no simulated streaming


def test_simpler_and_exact_reask_the_question_with_its_own_history(bot):
    first, second = _reply(bot), _reply(bot, "How many patients were treated?")
    fake = FakeBot(bot, [first, second, second, second])
    demo = build_ui(fake)
    respond, act = _handler(demo, "respond"), _handler(demo, "act")
    chat, record, *_ = list(respond(LUPUS, [], ""))[-1]
    chat, record, *_ = list(respond("How many patients were treated?", chat, record))[-1]
    chat, record, log, *_ = list(act(chat, record, gr.EventData(None, {"act": "simple", "turn": 0})))[-1]
    assert fake.asked[-1] == {"question": LUPUS, "history": [], "style": "simple"}
    assert "In simpler words" in log and len(chat) == 6
    list(act(chat, record, gr.EventData(None, {"act": "exact", "turn": 1})))
    assert fake.asked[-1]["style"] == "exact" and len(fake.asked[-1]["history"]) == 2
    # A suggestion is asked as a question; nonsense is ignored.
    list(act(chat, record, gr.EventData(None, {"act": "ask", "text": "Is this a cure?"})))
    assert fake.asked[-1]["question"] == "Is this a cure?" and fake.asked[-1]["style"] == "plain"
    for junk in ({"act": "simple", "turn": 99}, {"act": "simple", "turn": "0"}, {"act": "rm -rf"}, ["x"], None):
        assert list(act(chat, record, gr.EventData(None, junk))) == []


def test_thumbs_keep_feedback_only_when_it_is_on(bot):
    kept = []
    demo = build_ui(bot, feedback=lambda helpful, kind: kept.append((helpful, kind)))
    chat, record, log, *_ = list(_handler(demo, "respond")(LUPUS, [], ""))[-1]
    assert 'data-act="up"' in log
    (_, record2, log2, status, _), = list(_handler(demo, "act")(chat, record, gr.EventData(None, {"act": "down", "turn": 0})))
    assert kept == [(False, "answer")] and "Thank you" in status
    assert json.loads(record2)[0]["f"] == -1 and 'data-act="down" data-turn="0" aria-pressed="true"' in log2
    off = build_ui(bot)
    _, _, log, *_ = list(_handler(off, "respond")(LUPUS, [], ""))[-1]
    assert 'data-act="up"' not in log
    assert list(_handler(off, "act")(chat, record, gr.EventData(None, {"act": "up", "turn": 0}))) == []


def test_a_failure_is_logged_and_the_patient_is_told(bot, caplog):
    class Broken(FakeBot):
        def ask(self, *args, **kwargs):
            raise RuntimeError("secret internals")

    chat, record, log, status, _ = list(_handler(build_ui(Broken(bot, [None])), "respond")(LUPUS, [], ""))[-1]
    assert SORRY in chat[-1]["content"] and SORRY in log and "secret" not in log + status
    assert "secret internals" in caplog.text


# --- the real server, through gradio_client ------------------------------------------------------


@pytest.fixture(scope="module")
def server(bot):
    with app_in_thread(lambda port: create_app(bot.settings.model_copy(update={"port": port}), bot)) as url:
        yield url


@pytest.mark.server
def test_gradio_client_answers_and_follows_up(server):
    from gradio_client import Client

    client = Client(f"{server}/", verbose=False)
    chat, record, log, status, box = client.submit(LUPUS, [], "", api_name="/chat").result(timeout=60)
    answer = chat[-1]["content"]
    answer = answer if isinstance(answer, str) else "".join(part.get("text", "") for part in answer)
    assert "remission" in answer.lower() and "[1]" in answer
    assert "<mark" in log and "Müller" in log and "Answer ready." in status and box == ""
    chat, record, log, *_ = client.submit("What about scleroderma?", chat, record, api_name="/chat").result(timeout=60)
    assert len(chat) == 4 and "scleroderma" in log.lower() and 'id="cq-t0-p1"' in log


@pytest.mark.server
def test_gradio_client_embed_escapes_markup(server):
    from gradio_client import Client

    client = Client(f"{server}/embed/", verbose=False)
    chat, record, log, *_ = client.submit(MARKUP, [], "", api_name="/chat").result(timeout=60)
    shown = chat[0]["content"]
    shown = shown if isinstance(shown, str) else shown[0]["text"]
    assert "<script>" not in shown and "&lt;script&gt;" in shown
    assert "<script" not in log and "<img" not in log and "&lt;img" in log
