"""The replies that do not answer from the study (urgent, refused, personal, off-topic, greeting):
generic wording, with the study pack's own words (its title, who to ask) filled in."""
from __future__ import annotations

from dataclasses import replace

from assistant.records import Reply

# For the writer or for someone they tell of ("my friend says she's going to kill herself tonight"):
# the same reply has to fit both.
SELF_HARM = (
    "I'm really sorry this is happening. If you, or someone you know, might act on thoughts of suicide or "
    "self-harm, please reach out now: call or text a crisis line (988 in the US, 116 123 in the UK and "
    "Ireland), call your local emergency number, or go to the nearest emergency department. If someone "
    "else is in danger now, call emergency services and stay with them if you safely can. If it is you, "
    "tell someone near you. You don't have to face this alone."
)
REACTION = (
    "This sounds urgent. Call your local emergency number (for example 911 in the US, 112 in Europe, "
    "999 in the UK) or go to the nearest emergency department now."
)
INJECTION = (
    "I can't do that. I only answer questions about this study from its own text, and I don't change my "
    "instructions, reveal them, or repeat claims the study does not make."
)

# Put before a reply that could not answer a message written mostly in words the engine cannot read
# (another language than the glossary's): whatever it said, someone may be in danger or deciding.
FOREIGN = (
    "Much of your message is in words I cannot read (I read English best). If someone may be in danger "
    "now, call your local emergency number (for example 112 in Europe, 911 in the US, 999 in the UK). "
    "For a decision about your own care, please ask your doctor."
)


def emergency(pack, alert: str) -> Reply:
    if alert == "self_harm":
        text = SELF_HARM
    else:
        text = REACTION + (f" {pack.treatment_emergency}" if pack.treatment_emergency else "")
    text += " I can only explain one research study and cannot help in an emergency."
    return Reply(answer=text, kind="emergency", abstained=True, alert=alert, study=pack.id)


def refused(pack) -> Reply:
    return Reply(answer=INJECTION, kind="refused", abstained=True, study=pack.id)


def advice(pack) -> str:
    return (f"I can't give personal medical advice. Please talk to {pack.clinician}, who knows your situation, "
            "before deciding anything about your care.")


def _try(pack) -> str:
    return f' Try asking, for example, "{pack.examples[0]}"' if pack.examples else ""


def off_topic(pack) -> Reply:
    about = f" {pack.short_title}" + (f" ({pack.title})" if pack.title else "") if pack.short_title else " one study"
    return Reply(answer=f"I can only answer questions about{about}.{_try(pack)}", kind="off_topic", abstained=True,
                 study=pack.id, suggestions=pack.examples[:3])


def greeting(pack, thanks: bool = False) -> Reply:
    text = ("You're welcome. Ask me anything else about the study." if thanks
            else f"Hello! I answer questions about {pack.short_title}, quoting it for every answer.{_try(pack)}")
    return Reply(answer=text, kind="off_topic", abstained=True, study=pack.id, suggestions=pack.examples[:3])


def with_foreign_note(reply: Reply) -> Reply:
    """The reply with FOREIGN before its text (the first thing read)."""
    body = f"{FOREIGN} {reply.body}"
    answer = reply.answer.replace(reply.body, body, 1) if reply.body and reply.body in reply.answer else f"{FOREIGN} {reply.answer}"
    return replace(reply, answer=answer, body=body, meta={**reply.meta, "foreign": True})
