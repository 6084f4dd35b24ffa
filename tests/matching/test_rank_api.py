from app.matching import rank


def test_rank_public_api_shape(monkeypatch):
    monkeypatch.setenv("RD_EMBEDDING", "off")
    out = rank(["analyse data", "write python code"], ["Write Python programs", "Analyse data sets"], top_k=2)
    assert [row[0][0] for row in out] == [1, 0]
    assert all(isinstance(i, int) and 0.0 <= s <= 1.0 for row in out for i, s in row)
