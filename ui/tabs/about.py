"""Om: version, engines and models, embedding model, corpus and index status, where data lives."""

from __future__ import annotations

import importlib.metadata

import gradio as gr

from ui.format import ENGINE_LABELS, esc
from ui.services import Services


def about_html(services: Services) -> str:
    s = services.settings
    try:
        version = importlib.metadata.version("planvis")
    except importlib.metadata.PackageNotFoundError:
        version = "ukjent (ikke installert)"
    records = services.index.records()
    rows = services.index.sources()
    chunks = sum(int(r.get("chunks", 0)) for r in rows)
    shared = sum(1 for r in rows if r.get("origin") == "corpus")
    engines = "".join(
        f"<li>{esc(ENGINE_LABELS.get(name, name))}: {'tilgjengelig' if not why else esc('ikke tilgjengelig – ' + why)}</li>"
        for name, why in services.engines()
    )
    login = f"på ({len(services.users)} brukere)" if services.login else "av (én lokal bruker)"
    facts = [
        ("Versjon", f"Planvis {version}"),
        ("Standard svarmotor", ENGINE_LABELS.get(s.engine, s.engine)),
        ("Lokal modell", f"{s.local_model_file} ({'funnet' if s.local_model_path.is_file() else 'mangler'})"),
        ("Endepunkt for språkmodell", f"{s.llm_base_url} (modell {s.llm_model})"),
        ("Innbyggingsmodell", str(records.get("embedder") or s.embedder)),
        ("Indeks", f"{len(rows)} dokumenter ({shared} felles, {len(rows) - shared} egne), {chunks} utdrag, chunker v{records.get('chunker')}"),
        ("Data lagres i", str(s.data_dir.resolve())),
        ("Indeksen ligger i", str(s.index_dir.resolve())),
        ("Pålogging", login),
    ]
    dl = "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in facts)
    return (
        '<section aria-label="Om Planvis"><h2>Om Planvis</h2>'
        "<p>Planvis hjelper HR-ansatte i kommunene å skrive en kompetanseplan. Alle svar bygger på kildene: "
        "KS/Asplan Viak/Fafo-rapporten <em>Strategisk og systematisk kompetansestyring</em> (2010), planene til "
        "Sørum, Bærum og Halden, tariffteksten som siteres i dem (historisk, HTA 2008–2010), og dokumentene du selv laster opp. "
        "Hver påstand har en henvisning du kan sjekke. Finner vi ikke svar, sier vi det.</p>"
        f'<dl class="pv-facts">{dl}</dl><h3>Svarmotorer</h3><ul>{engines}</ul></section>'
    )


def build_about_tab(services: Services) -> gr.HTML:
    return gr.HTML(about_html(services), elem_id="pv-about")
