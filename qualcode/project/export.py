"""Reports and exports: analysis frames, theme summaries and coding tables for papers."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from qualcode.errors import QualcodeError, ValidationError
from qualcode.project.base import Service

if TYPE_CHECKING:
    import pandas as pd

    from qualcode.export.summary import Summary

SUMMARY_ATTRIBUTES = ("municipality", "role")


class ExportMixin(Service):
    def _layer_frames(self, layer: str) -> dict[str, pd.DataFrame]:
        """Frames of one layer: ``consensus``, ``coder`` (all coders) or ``coder:NAME``."""
        kind, _, name = layer.partition(":")
        if kind not in ("consensus", "coder"):
            raise ValidationError(f"unknown layer {layer!r}; use consensus, coder or coder:NAME")
        frames = self.frames(layer=kind)  # type: ignore[attr-defined]
        if name:
            self.store.coders.by_name(name)
            codings = frames["codings"]
            frames["codings"] = codings[codings["coder"] == name]
        return frames

    def report_frequencies(self, by: list[str] | None = None, layer: str = "coder") -> pd.DataFrame:
        from qualcode.analysis.frames import frequencies

        f = self._layer_frames(layer)
        return frequencies(f["codings"], f["documents"], by)

    def report_crosstab(self, attribute: str, layer: str = "coder") -> pd.DataFrame:
        from qualcode.analysis.frames import crosstab

        f = self._layer_frames(layer)
        if attribute not in f["documents"].columns:
            raise ValidationError(f"no document attribute {attribute!r}")
        return crosstab(f["codings"], f["documents"], attribute)

    def report_cooccurrence(self, layer: str = "coder") -> pd.DataFrame:
        from qualcode.analysis.frames import cooccurrence

        return cooccurrence(self._layer_frames(layer)["codings"])

    def report_quotes(
        self, code: str | None = None, per_code: int | None = None, layer: str = "coder"
    ) -> pd.DataFrame:
        from qualcode.analysis.frames import quotes

        if code:
            self.store.codes.id_for_key(code)
        f = self._layer_frames(layer)
        return quotes(f["codings"], f["documents"], code, per_code)

    def export_codings(self, path: str | Path, layer: str | None = None) -> Path:
        """Every coding with its document, coder, layer and text, as .csv or .xlsx.

        ``layer`` (``coder:NAME``, ``coder``, ``consensus``) narrows it, so that a coder under
        blind coding can export their own work without anyone else's.
        """
        target = Path(path)
        frames = self.frames() if layer is None else self._layer_frames(layer)  # type: ignore[attr-defined]
        frame = frames["codings"]
        if target.suffix.lower() == ".csv":
            frame.to_csv(target, index=False)
        elif target.suffix.lower() == ".xlsx":
            frame.to_excel(target, index=False, sheet_name="codings")
        else:
            raise ValidationError(f"{target.name}: choose .csv or .xlsx")
        return target

    def build_summary(
        self,
        layer: str = "consensus",
        codes: list[str] | None = None,
        lang: str = "en",
        quotes: int = 3,
    ) -> Summary:
        """The summary model: per theme counts, charts, quotes; agreement; decisions."""
        import pandas as pd

        from qualcode.analysis.frames import crosstab, frequencies
        from qualcode.analysis.frames import quotes as pick_quotes
        from qualcode.export.charts import bar_chart
        from qualcode.export.summary import LABELS, Quote, Summary, Theme

        if lang not in LABELS:
            raise ValidationError(f"--lang {lang!r}: use sv or en")
        f = self._layer_frames(layer)
        codings, documents = f["codings"], f["documents"]
        summary = Summary(LABELS[lang]["title"], lang, layer)
        memos = {m.target_id: m.text for m in self.store.memos.list("coding")}
        for code in self.store.codes.list():
            if codes and code.key not in codes:
                continue
            mine = codings[codings["code"] == code.key]
            counts = frequencies(mine, documents)
            theme = Theme(
                code.key,
                code.name(lang),
                code.definitions.get(lang, ""),
                int(counts["codings"].sum()),
                int(counts["words"].sum()),
                int(mine["document"].nunique()),
            )
            for attr in SUMMARY_ATTRIBUTES:
                if attr in documents.columns and not mine.empty:
                    table = crosstab(mine, documents, attr)
                    theme.by_attribute[attr] = table
            if not mine.empty and "municipality" in documents.columns:
                by_place = frequencies(mine, documents, ["municipality"])
                theme.chart_png = bar_chart(by_place, "municipality", "codings", theme.name)
            for row in pick_quotes(mine, documents, per_code=quotes).itertuples(index=False):
                source = ", ".join(
                    str(v)
                    for v in (
                        row.document_name,
                        getattr(row, "role", None),
                        getattr(row, "municipality", None),
                    )
                    if v and not pd.isna(v)
                )
                ids = mine[
                    (mine["document_name"] == row.document_name) & (mine["start"] == row.start)
                ]["id"]
                memo = next((memos[i] for i in ids if i in memos), None)
                theme.quotes.append(Quote(row.text, source, memo))
            summary.themes.append(theme)
        self._summary_agreement(summary)
        decisions = self.store.decisions.current()
        if decisions:
            summary.decisions = pd.DataFrame(
                [
                    {
                        "code": d.code,
                        "verdict": d.verdict,
                        "rationale": d.rationale,
                        "decided_by": d.decided_by,
                        "decided_at": d.decided_at[:10],
                    }
                    for d in decisions
                    if d.verdict != "agree"
                ]
            )
        return summary

    def _summary_agreement(self, summary: Summary) -> None:
        import pandas as pd

        try:
            report = self.agreement(bootstrap=500)  # type: ignore[attr-defined]
        except QualcodeError:
            return  # fewer than two coders: the summary says nothing about agreement
        rows = [r for r in report.rows if r.scope in ("code", "overall")]
        summary.agreement = pd.DataFrame(
            [
                {
                    "code": r.code or "overall",
                    "units": r.units,
                    "percent": r.percent,
                    "alpha": r.alpha,
                    "alpha_low": r.alpha_low,
                    "alpha_high": r.alpha_high,
                    "ac1": r.ac1,
                    "unitizing_alpha": r.unitizing_alpha,
                }
                for r in rows
            ]
        )
        summary.methods = report.methods_paragraph()

    def export_summary(
        self,
        path: str | Path,
        layer: str = "consensus",
        codes: list[str] | None = None,
        lang: str = "en",
        quotes: int = 3,
    ) -> Path:
        """Write the theme summary as .md, .docx, .xlsx or .html."""
        from qualcode.export.render import write_summary

        return write_summary(self.build_summary(layer, codes, lang, quotes), Path(path))

    def export_qdc(self, path: str | Path, lang: str = "en") -> Path:
        """The codebook as REFI-QDA .qdc (hierarchy, colours, definitions)."""
        from qualcode import __version__
        from qualcode.export.refi import codebook_xml

        target = Path(path)
        target.write_bytes(codebook_xml(self.store.codes.list(), f"qualcode {__version__}", lang))
        return target

    def export_qdpx(self, path: str | Path, lang: str = "en") -> Path:
        """The whole project as REFI-QDA .qdpx: coders, codebook, texts, every coding."""
        from qualcode import __version__
        from qualcode.export.refi import SourceDoc, project_xml, write_qdpx
        from qualcode.store.rows import now

        summaries = self.store.documents.summaries()
        texts = self.store.documents.texts([d.id for d in summaries])
        documents = [SourceDoc(d.id, d.name, texts[d.id], d.attributes) for d in summaries]
        name = Path(str(self.store.path or "qualcode")).stem
        xml = project_xml(
            name,
            f"qualcode {__version__}",
            now(),
            self.store.coders.list(),
            self.store.codes.list(),
            documents,
            self.store.codings.list(),
            self.store.memos.list(),
            lang,
        )
        return write_qdpx(Path(path), xml, documents)
