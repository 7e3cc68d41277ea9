"""Importing a real .docx full of images: the text comes in, the images cost nothing.

A transcript written up in Word may carry photos, scans of consent forms or slides: tens of
megabytes of images around a few hundred kilobytes of text. The zip-bomb guard
(`qualcode/zipguard.py`, `$QUALCODE_MAX_UNZIP_MB`, default 200) must not refuse such a file,
and importing it must not decompress the images, since only the text is kept.

The file is built with python-docx: paragraphs of interview text between generated PNG
images of random pixels (which, like photos, do not compress), to about ``--mb`` megabytes.
The figures are the CPU seconds and the peak memory (kernel accounting, ``wait4``) of the
whole `qualcode import` process, beside the file's size and what its members declare. The
file is built in a child process, so that this one stays small: a child forked from a
large parent would report the parent's pages in its peak.

    python benchmarks/bench_docx_images.py --mb 60 [--keep big.docx]
"""

from __future__ import annotations

import argparse
import os
import struct
import subprocess
import sys
import tempfile
import zipfile
import zlib
from pathlib import Path

SENTENCES = [
    "Vi pratade om uppdraget med nämnden och hur arbetsmiljön blev bättre efter det.",
    "Men ärendemängden var hög för socialsekreterarna som saknade tid till varje familj.",
    "We talked about the assignment and how the working conditions changed over the years.",
]


def png(width: int, height: int) -> bytes:
    """A real PNG of random pixels (stored, not compressible: like a photo's bytes)."""
    raw = bytearray(os.urandom(height * (width * 3 + 1)))
    raw[:: width * 3 + 1] = bytes(height)  # filter type 0 at the start of each row

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(bytes(raw), 1))
        + chunk(b"IEND", b"")
    )


def build(path: Path, megabytes: float, side: int = 900) -> int:
    """Write the .docx; returns how many images it holds."""
    import docx
    from docx.shared import Cm

    document = docx.Document()
    image_bytes = 3 * side * side
    images = max(1, int(megabytes * 1024 * 1024 / image_bytes))
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(images):
            for j in range(20):
                document.add_paragraph(f"IP{i % 7 + 1}: {SENTENCES[(i + j) % len(SENTENCES)]}")
            picture = Path(tmp) / f"photo{i}.png"
            picture.write_bytes(png(side, side))
            document.add_picture(str(picture), width=Cm(12))
        document.save(str(path))
    return images


def measure(argv: list[str], env: dict[str, str]) -> tuple[int, float, float, str]:
    """Exit status, CPU seconds and peak MB of one process, and its stderr."""
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=err, env=env)
        _, status, usage = os.wait4(proc.pid, 0)  # this child's own CPU and peak memory
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        said = err.read().decode()
    return proc.returncode, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, said


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=60)
    parser.add_argument("--keep", type=Path, help="Keep the .docx here (and reuse it).")
    parser.add_argument("--build-only", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build_only:
        print(f"built {args.build_only.name}: {build(args.build_only, args.mb)} images")
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "photos.docx"
        if not path.exists():  # in a child: the images it held would count in our peak
            made = [sys.executable, __file__, "--mb", str(args.mb), "--build-only", str(path)]
            subprocess.run(made, check=True)
        with zipfile.ZipFile(path) as archive:
            declared = sum(i.file_size for i in archive.infolist())
            media = sum(i.file_size for i in archive.infolist() if "/media/" in i.filename)
        print(
            f"{path.stat().st_size / 1048576:.1f} MB on disk; members declare "
            f"{declared / 1048576:.1f} MB, of which images {media / 1048576:.1f} MB"
        )
        db = Path(tmp) / "p.db"
        env = {**os.environ, "QUALCODE_SEMANTIC": "off"}
        qualcode = [sys.executable, "-m", "qualcode", "-p", str(db)]
        subprocess.run([*qualcode, "init"], check=True, capture_output=True, env=env)
        status, cpu, peak, err = measure([*qualcode, "import", str(path), "--lang", "sv"], env)
        print(f"qualcode import: exit {status}, {cpu:.2f} s CPU, peak {peak:.0f} MB")
        if err.strip():
            print(f"  {err.strip().splitlines()[0]}")


if __name__ == "__main__":
    main()
