"""One helper process that owns its own project connection, for slow work (suggestions).

Fitting and running the suggestion engine is CPU work in Python, spaCy and scikit-learn; on
a thread it holds the interpreter lock for seconds at a time and key presses wait (measured
on the demo: a key press took ~3 s while suggesting on a thread, ~0.1 s otherwise). A
separate process leaves the interface free. It lives as long as the app, so the engine it
fitted stays cached between requests (refitted only when the project's codings change),
and it is stopped when the app closes, even in the middle of a request.

The two talk in JSON lines over the helper's stdin and stdout: a request
``{"docs": [...] | null, "coder": name}``, answers ``{"progress": [done, total]}`` (documents),
``{"found": count, "documents": count, "semantic_missing": why | null}`` when the first
suggestions are stored (in how many documents; the core tier, or the semantic one where
everything is embedded already; ``why`` says why the semantic tier sat out though nobody
switched it off), then, while sentences are embedded,
``{"embedding": [words done, words in all]}``, and last ``{"done": count}`` (the suggestions
again, improved by the embeddings) or ``{"error": message}``. A request with
``"embed_only": true`` only embeds (the app's background queue sends it, one document at
a time, to a second helper, so embedding never waits behind suggesting, nor suggesting
behind embedding; see ``embed_all.py``);
``"embed": false`` asks for suggestions from what is embedded so far; ``"plan": true`` asks
the service what still needs embedding (``Project.embedding_plan``), answered
``{"plan": [[document id, words], ...], "engine_words": words}``; ``"ranked": N`` asks for
the best code of up to N sentences below the threshold (``Project.ranked``, from what is
embedded so far), answered ``{"ranked": [[start, end, code, score], ...]}``. The embedding
helper runs
at low priority (``--nice N``), so the interface and the suggestions come first.
(``multiprocessing`` is not used: it needs a real stderr file descriptor, which a running
Textual app does not have.)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, Any

from qualcode.errors import QualcodeError

Progress = Callable[[int, int], None]
Found = Callable[[int, int], None]  # the first suggestions: how many, in how many documents


def serve(path: str, requests: IO[str], answers: IO[str]) -> None:
    """The helper process: answer requests until its stdin closes (the app went away).

    Each request is answered in two steps: the core tier's suggestions at once (``found``),
    then, when the semantic tier is on and texts still lack embeddings, the embedding with
    progress in words (``embedding``) and the suggestions again with the tier (``done``).
    """
    from qualcode.project import Project

    def say(message: dict[str, Any]) -> None:
        answers.write(json.dumps(message) + "\n")
        answers.flush()

    with Project.open(path) as project:
        for line in requests:
            request = json.loads(line)
            docs, coder = request["docs"], request["coder"]
            try:
                project.act_as(request["coder"])  # blind coding: trained on what they may see
                if request.get("plan"):  # what still needs embedding, the coder's own first
                    plan = project.embedding_plan(docs, coder)
                    items = [[d.document.id, d.words] for d in plan.documents]
                    say({"plan": items, "engine_words": plan.engine_words})
                    continue
                if request.get("ranked"):  # below the line, for a coder searching a theme
                    limit = int(request["ranked"])
                    rows = project.ranked(docs[0], coder=coder, limit=limit, semantic=None)
                    say({"ranked": [[r.start, r.end, r.code, r.score] for r in rows]})
                    continue
                if request.get("embed_only"):  # a document opened: embed it, nothing else
                    embedded = project.embed(
                        docs, lambda done, total: say({"embedding": [done, total]})
                    )
                    say({"done": embedded})
                    continue
                found = project.suggest(
                    docs,
                    coder=coder,
                    semantic=None,  # whatever is embedded already; never wait here
                    progress=lambda done, total: say({"progress": [done, total]}),
                )
                # why the semantic tier sat out, when nobody switched it off (the status line
                # says so: the coder reads poorer suggestions and should know why)
                say(
                    {
                        "found": len(found),
                        # S, on every document: where they are, beside how many (tui45)
                        "documents": len({s.document_id for s in found}),
                        "semantic_missing": project.semantic_missing(),
                    }
                )
                if request.get("embed", True) and project.embed(
                    docs, lambda done, total: say({"embedding": [done, total]})
                ):
                    found = project.suggest(docs, coder=coder, semantic=True)
                say({"done": len(found)})
            except QualcodeError as exc:
                say(error_answer(exc))
            except Exception as exc:  # a bug: say so in the app rather than lose the helper
                why = f"{type(exc).__name__}: {exc}"
                failed = QualcodeError(f"suggestions failed: {why}", key="suggest_failed", why=why)
                say(error_answer(failed))


def error_answer(exc: QualcodeError) -> dict[str, Any]:
    """An error as the helper sends it: its English line, and the key and values the app
    says it with in its own language (the Swedish interface read the helper's English)."""
    values = {k: v if isinstance(v, int | float) else str(v) for k, v in exc.values.items()}
    return {"error": str(exc), "key": exc.key, "values": values}


def answered_error(answer: dict[str, Any]) -> QualcodeError:
    """The helper's error as the app raises it, keyed as the helper raised it."""
    values = answer.get("values") or {}
    return QualcodeError(str(answer["error"])).keyed(str(answer.get("key") or ""), **values)


class Background:
    def __init__(self, path: Path, nice: int = 0) -> None:
        self.path = path
        self.nice = nice  # how much lower the helper's priority is than the interface's
        self._lock = threading.Lock()  # one request at a time on the one pipe
        self._process: subprocess.Popen[str] | None = None
        # why the last suggestions came without the semantic tier though nobody switched
        # it off (``Project.semantic_missing``): None while it takes part, or is off
        self.semantic_missing: str | None = None

    @property
    def running(self) -> bool:
        """Is the helper process up (its engine loaded), or will a request start it first?"""
        return self._process is not None and self._process.poll() is None

    def _start(self) -> subprocess.Popen[str]:
        if self._process is None or self._process.poll() is not None:
            self._process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "qualcode.tui.background",
                    str(self.path),
                    *(["--nice", str(self.nice)] if self.nice else []),
                ],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
                encoding="utf-8",
            )
        return self._process

    def suggest(
        self,
        docs: Sequence[str] | None,
        coder: str,
        progress: Progress,
        found: Found | None = None,
        embedding: Progress | None = None,
        embed: bool = True,
    ) -> int:
        """Compute and store suggestions in the helper process; returns how many there are
        at the end.

        Blocks the calling thread (a Textual worker) until done, passing on progress, the
        count of the first suggestions (``found``: the coder can start on them) and the
        embedding's progress in words. Errors a user should read arrive as ``QualcodeError``.
        ``embed``: False when another helper is embedding these documents already (the
        suggestions then come from what is embedded so far, and nothing is embedded twice).
        """
        request = {"docs": list(docs or []) or None, "coder": coder, "embed": embed}
        return self._ask(request, progress, found, embedding)

    def embed(self, docs: Sequence[str], coder: str, embedding: Progress) -> int:
        """Compute and keep the missing sentence embeddings of these documents (and of what
        the engine learns from), reporting words done and words in all; returns how many
        texts were embedded (0 at once when all are, or when the tier is off)."""
        request = {"docs": list(docs), "coder": coder, "embed_only": True}
        return self._ask(request, lambda done, total: None, None, embedding)

    def plan(
        self, coder: str, docs: Sequence[str] | None = None
    ) -> tuple[int, list[tuple[str, int]]]:
        """What still needs embedding, as the service says: the engine's own words, and the
        documents (all without ``docs``) in the order to embed them with their words left."""
        request = {"docs": list(docs or []) or None, "coder": coder, "plan": True}
        with self._lock:
            answer = self._exchange(request, lambda done, total: None, None, None)
        assert isinstance(answer, dict)
        return int(answer["engine_words"]), [(str(d), int(w)) for d, w in answer["plan"]]

    def ranked(self, doc: str, coder: str, limit: int) -> list[tuple[int, int, str, float]]:
        """The best code of up to ``limit`` sentences of ``doc`` that stay below the
        threshold, best first, from the helper's fitted engine (nothing is stored)."""
        request = {"docs": [doc], "coder": coder, "ranked": limit}
        with self._lock:
            answer = self._exchange(request, lambda done, total: None, None, None)
        assert isinstance(answer, dict)
        return [(int(a), int(b), str(c), float(d)) for a, b, c, d in answer["ranked"]]

    def _ask(
        self,
        request: dict[str, Any],
        progress: Progress,
        found: Found | None,
        embedding: Progress | None,
    ) -> int:
        with self._lock:
            answer = self._exchange(request, progress, found, embedding)
        assert isinstance(answer, int)
        return answer

    def _exchange(
        self,
        request: dict[str, Any],
        progress: Progress,
        found: Found | None,
        embedding: Progress | None,
    ) -> int | dict[str, Any]:
        """Send one request and read its answers (the lock held by the caller)."""
        process = self._start()
        assert process.stdin is not None and process.stdout is not None
        try:
            process.stdin.write(json.dumps(request))
            process.stdin.write("\n")
            process.stdin.flush()
            for line in process.stdout:
                answer = json.loads(line)
                if "plan" in answer or "ranked" in answer:
                    return dict(answer)
                if "progress" in answer:
                    progress(*answer["progress"])
                elif "found" in answer:
                    self.semantic_missing = answer.get("semantic_missing")
                    if found is not None:
                        found(int(answer["found"]), int(answer.get("documents", 0)))
                elif "embedding" in answer:
                    if embedding is not None:
                        embedding(*answer["embedding"])
                elif "error" in answer:
                    raise answered_error(answer)
                else:
                    return int(answer["done"])
        except (BrokenPipeError, ValueError):
            pass
        self._process = None
        raise QualcodeError("the suggestion process stopped unexpectedly", key="suggest_stopped")

    def close(self) -> None:
        """Stop the helper process, even in the middle of a request."""
        if self._process is not None and self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(timeout=2)
            except subprocess.TimeoutExpired:
                self._process.kill()
        self._process = None


if __name__ == "__main__":
    answers, sys.stdout = sys.stdout, sys.stderr  # stray prints must not corrupt the answers
    if sys.argv[2:3] == ["--nice"]:  # the embedding helper: the interface comes first
        os.nice(int(sys.argv[3]))
    serve(sys.argv[1], sys.stdin, answers)
