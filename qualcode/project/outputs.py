"""What the reports and exports share: a layer's frames, how a quote names its speaker,
and the one checked writer, so each output module holds only what it makes."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from qualcode.errors import ValidationError
from qualcode.project.api_arguments import require_text
from qualcode.project.base import Service
from qualcode.project.export_names import check_export_name
from qualcode.project.output_targets import check_target

if TYPE_CHECKING:
    import pandas as pd


class Reconciling(NamedTuple):
    """Reconciliation under way: disagreement cases decided and still open, and the
    passages the coders agreed on that no lead has confirmed into the consensus yet."""

    decided: int
    open: int
    unconfirmed: int

    def note(self, lang: str) -> str:
        """The summary's scope line's words on why it is of the coders' codings."""
        from qualcode.export.labels import label

        text = label(lang, "reconciling", decided=self.decided, n=self.decided + self.open)
        if self.unconfirmed:
            text += label(lang, "reconciling_unconfirmed", n=self.unconfirmed)
        return text + label(lang, "reconciling_then")


class OutputBase(Service):
    def _layer_frames(self, layer: str, doc_set: str | None = None) -> dict[str, pd.DataFrame]:
        """Frames of one layer: ``consensus``, ``coder`` (all coders) or ``coder:NAME``;
        with ``doc_set`` (a document set's name) only that set's documents and their
        codings, so every report and export narrows to a set the same way."""
        require_text(layer, "the layer")  # a notebook's None or NaN: one line, every report
        kind, _, name = layer.partition(":")
        if kind not in ("consensus", "coder"):
            raise ValidationError(f"unknown layer {layer!r}; use consensus, coder or coder:NAME")
        in_set = self.set_members(doc_set)  # an unknown set is refused before any work
        frames = self.frames(layer=kind)
        if in_set is not None:
            documents, codings = frames["documents"], frames["codings"]
            frames["documents"] = documents[documents["id"].isin(in_set)].reset_index(drop=True)
            frames["codings"] = codings[codings["document"].isin(in_set)].reset_index(drop=True)
        if name:
            # by her name or as the reports print her ("coder:Kodare A"): ``layer_typed``
            from qualcode.project.typed_team import layer_typed, require_lead_codings

            name = layer_typed(self, layer).partition(":")[2]
            # as the project spells her: 'coder:Åsa' pasted decomposed matched no row
            name = self.store.coders.by_name(name).name
            me = self.restricted_to()
            if me is not None and name != me.name:  # "coder:johan has no codings" was false
                require_lead_codings(self, name)
            codings = frames["codings"]
            frames["codings"] = codings[codings["coder"] == name]
        return frames

    def report_layer(self, viewer: str, doc_set: str | None = None) -> str:
        """The layer a report or theme summary is of until its reader picks another: a
        coder's own codings; a lead's the consensus once reconciliation is finished (of
        ``doc_set``'s documents: every disagreement case decided and every agreement
        confirmed), what a paper reports and ``export summary``'s default, else all
        coders' codings. Mid-reconciliation the consensus holds only the passages decided
        so far: after one decided case the lead's summary was a summary of one passage
        (eyes40). The TUI's reports screen opens on it, so the summary it exports is the
        one the CLI writes (it wrote all coders' pooled codings, eyes20)."""
        person = self.person(viewer, "read reports")
        if person.role != "lead":
            return f"coder:{person.name}"
        in_set = self.set_members(doc_set)
        members = None if in_set is None else sorted(in_set)
        if not self.store.codings.layer_has_codings("consensus", members):
            return "coder"
        return "coder" if self.reconciling(members) else "consensus"

    def report_layer_note(self, viewer: str, doc_set: str | None = None, lang: str = "en") -> str:
        """Why a lead's reports are of all coders' codings though reconciliation has begun
        (of ``doc_set``'s documents), in the words the summary's layer line gives it: the
        reports screen says it beside its layer, so its 'all coders' after a decision
        reads as the summary's does; empty for a coder, before any decision and after
        the last."""
        if self.person(viewer, "read reports").role != "lead":
            return ""
        in_set = self.set_members(doc_set)
        members = None if in_set is None else sorted(in_set)
        if not self.store.codings.layer_has_codings("consensus", members):
            return ""
        progress = self.reconciling(members)
        return "" if progress is None else progress.note(lang)

    def reconciling(
        self, docs: Sequence[str] | None = None, coders: Sequence[str] | None = None
    ) -> Reconciling | None:
        """How far reconciliation of ``docs`` (ids; default: the team's scope) among
        ``coders`` has come while it is under way: None once nothing is left to decide
        or confirm, or when there is nothing to count (fewer than two coders, or the
        acting person is no lead), so that the consensus is the lead's default layer
        only when it holds every passage the coders coded, decided or agreed."""
        counted = self.cases_counted(coders, docs)
        if counted is None or not (counted[0] or counted[1]):
            return None
        open_cases, unconfirmed, cases = counted
        # the cases counted less the open: a decision whose case is open again (a coder
        # finished its document since) or outside the documents counted is none of them
        return Reconciling(cases - open_cases, open_cases, unconfirmed)

    def _citer(self, key: Any, real_names: bool) -> Any:
        """How a quote names its speaker: the pseudonym on the key, else ``IP<n>`` by the
        interview's number, ``IP<n>a`` and ``IP<n>b`` for two participants of one
        interview (a real name only when a lead asked for real names); nobody for a
        document without speakers (a plan, a policy: no participant said it)."""
        from qualcode.project.pseudonym_suggest import ROLE_LABELS

        numbers = self.participant_numbers()
        # two participants of one interview are cited apart (IP3a, IP3b): as one "IP3", a
        # pair interview's two people read as one in every quote and export (pseudo37)
        cited = self.speaker_pseudonyms()
        speaking = self.store.documents.with_speakers()
        # "Intervjuare Maria", or "Maria" for an attribute "Maria Lind": the interviewer's
        # too, never cited as the interview's IP1a beside her interviewee's IP1b
        asking = self.interviewer_labels()

        def cite(doc_id: str, speaker: str | None, role: str | None) -> str | None:
            if role == "interviewer" or doc_id not in speaking:
                return None
            if speaker in asking.get(doc_id, ()):
                return None
            named = key.pseudonym(speaker)
            if named:
                return str(named)
            if real_names and speaker and speaker.strip().lower() not in ROLE_LABELS:
                return speaker
            return cited.get(doc_id, {}).get(speaker or "") or f"IP{numbers.get(doc_id, 0)}"

        return cite

    def _memo_texts(self, kind: str) -> dict[str, list[str]]:
        found: dict[str, list[str]] = {}
        for memo in self.store.memos.list(kind):
            found.setdefault(memo.target_id, []).append(memo.text)
        return found

    def check_export(self, kind: str, path: str | Path, force: bool = False) -> Path:
        """The resolved path ``kind``'s export (summary, codings, memos, qdpx) may write,
        or the error it would stop at on the name, with nothing written and no work done:
        a face that says "writing ..." asks this first. ``force``: an existing file is no
        refusal (the face asks whether to replace it)."""
        target = self._check_output(Path(path), force)
        check_export_name(kind, Path(path))
        return target

    def _check_output(self, path: Path, force: bool) -> Path:
        """Refuse a bad target before any work is done (``output_targets.check_target``)."""
        return check_target(path, project=self.store.path, force=force)

    def _translated(self) -> list[tuple[str, str, int, int, str, str]]:
        """Every translation with its coding's place: (document, code, start, end, lang,
        text), so a consensus quote finds the translation made on a coder's coding."""
        translations = self.store.quotes.translations()
        if not translations:
            return []
        from qualcode.project.coding_columns import placed_codings

        # where each translated coding lies, not every coding made an object (200k of them,
        # a second of a summary with one translation; the codings it read once, if held)
        placed = placed_codings(self, {coding_id for coding_id, _ in translations})
        codings = {c.id: c for c in placed}
        return [
            (c.document_id, c.code, c.start, c.end, lang, text)
            for (coding_id, lang), text in translations.items()
            if (c := codings.get(coding_id)) is not None
        ]

    def _translation_columns(self, frame: Any) -> tuple[list[str | None], list[str | None]]:
        """Each coding's translation and its language: its own, else one made on a coding
        of the same passage and code (a consensus coding shows its coder's translation)."""
        own = self.store.quotes.translations()
        by_place: dict[tuple[str, str, int, int], tuple[str, str]] = {}
        for doc, code, start, end, lang, text in self._translated():
            by_place.setdefault((doc, code, start, end), (lang, text))
        by_id = {coding: (lang, text) for (coding, lang), text in own.items()}
        found = [
            by_id.get(i) or by_place.get((d, c, int(s), int(e)))
            for i, d, c, s, e in zip(
                frame["id"],
                frame["document"],
                frame["code"],
                frame["start"],
                frame["end"],
                strict=True,
            )
        ]
        return [f[0] if f else None for f in found], [f[1] if f else None for f in found]

    def _through_key_in_words(self, key: Any, frame: pd.DataFrame) -> pd.DataFrame:
        """A table of codings through ``key``: the coded passage (``text``) in its
        document's language and its ``translation`` in its own, each with a place
        qualcode proposed in those words, the ``memo`` in its own words
        (key_languages.py); every other cell in the export's words."""
        from qualcode.export.pseudonym_frames import PASSAGES, through_key

        if not key:
            return frame
        langs = {d.id: d.lang for d in self.store.documents.summaries()}
        by_row = {"text": [langs.get(d) for d in frame["document"]]}
        if "translation_language" in frame.columns:
            by_row["translation"] = list(frame["translation_language"])
        return through_key(key, frame, PASSAGES, by_row, written=("memo",))
