"""README.md read as its tests read it: a code block under a heading, the commands it names.

The tour test runs the tour's block, the API test executes the Python block and the
mentions test checks the commands named elsewhere; each reads README.md itself (never a
copy), through these, so a README that changes shape fails every one of them alike."""

from __future__ import annotations

import re

from tests.conftest import ROOT

# a command written in backticks in running text, or in a comment of a code block
INLINE = re.compile(r"(?<!`)`(qualcode\s[^`\n]*)`(?!`)")
# a command shown but not run in a bash block: "# qualcode ...", its note after two spaces
COMMENTED = re.compile(r"#\s*(qualcode\s.*?)(?:\s{2,}.*)?$")


def readme_text() -> str:
    return (ROOT / "README.md").read_text(encoding="utf-8")


def readme_block(heading: str, lang: str = "bash") -> list[str]:
    """The lines of the first ``lang`` code block after ``heading`` in README.md."""
    _, _, after = readme_text().partition(heading)
    assert after, f"README.md has no {heading!r}"
    _, _, block = after.partition(f"```{lang}\n")
    return block.partition("```")[0].splitlines()


def named_commands() -> list[str]:
    """Every `qualcode ...` README names without running it: in backticks anywhere (the
    fences' own lines left out) and in the tour's commented-out lines."""
    text = "\n".join(
        line for line in readme_text().splitlines() if not line.lstrip().startswith("```")
    )
    commented = [
        found.group(1)
        for line in readme_block("## A tour of the CLI")
        if (found := COMMENTED.match(line.strip()))
    ]
    return list(dict.fromkeys([*INLINE.findall(text), *commented]))
