#!/usr/bin/env python3
"""factx against plain CoreNLP on the same articles, in one run.

For each tool: set-up (a run on a one-word document), time to the first document's output
(a run on the first article alone), and a batch run over the first N articles, whose token
rate is counted after set-up. Peak RSS comes from /usr/bin/time -v. Standard library only.
"""
import argparse
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request

HOME = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORENLP_MAIN = "edu.stanford.nlp.pipeline.StanfordCoreNLP"


def parse_args():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("-n", type=int, default=40, help="articles in the batch (default 40)")
    p.add_argument("-j", type=int, default=2, help="factx threads (default 2)")
    p.add_argument("--corpus", default=os.path.join(HOME, "..", "shared", "corpus", "news-polnear-840.jsonl"))
    p.add_argument("--corenlp-heap", default="5g", help="CoreNLP's -Xmx (its default NER needs ~5 GB)")
    p.add_argument("--factx", default=os.path.join(HOME, "bin", "factx"),
                   help="the factx command (default bin/factx); a saved build compares before and after")
    p.add_argument("--skip-server", action="store_true", help="no per-call latency through factx serve")
    p.add_argument("--skip-corenlp", action="store_true", help="factx only (no ratios)")
    return p.parse_args()


def write_articles(corpus, n, work):
    """Text files named by id: factx reads the date from a name like breitbart_2015-11-11_x."""
    if not os.path.isfile(corpus):
        sys.exit("bench: no corpus at %s; name it with --corpus PATH (JSON Lines with id and text)" % corpus)
    folder = os.path.join(work, "articles")
    os.makedirs(folder)
    paths = []
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            if len(paths) == n:
                break
            doc = json.loads(line)
            path = os.path.join(folder, "%03d-%s.txt" % (len(paths), re.sub(r"[^\w.-]", "_", doc["id"])))
            with open(path, "w", encoding="utf-8") as out:
                out.write(doc["text"])
            paths.append(path)
    if len(paths) < n:
        sys.exit("bench: the corpus has only %d articles, fewer than -n %d" % (len(paths), n))
    tiny = os.path.join(work, "tiny.txt")
    with open(tiny, "w", encoding="utf-8") as out:
        out.write("Hello.\n")
    return tiny, paths


def timed(cmd, stdout_path, env=None):
    """Runs cmd under /usr/bin/time -v; returns (wall seconds, peak RSS in MB)."""
    stats = stdout_path + ".time"
    began = time.perf_counter()
    with open(stdout_path, "wb") as out, open(stdout_path + ".err", "wb") as err:
        rc = subprocess.call(["/usr/bin/time", "-v", "-o", stats] + cmd, stdout=out, stderr=err,
                             env=dict(os.environ, **(env or {})))
    wall = time.perf_counter() - began
    if rc != 0:
        with open(stdout_path + ".err", encoding="utf-8", errors="replace") as err:
            tail = err.read()[-2000:]
        sys.exit("bench: %s failed (exit %d):\n%s" % (cmd[0], rc, tail))
    with open(stats) as f:
        rss_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", f.read()).group(1))
    return wall, rss_kb / 1024


class Factx:
    name = "factx"

    def __init__(self, command, threads, work):
        self.command, self.threads, self.work = command.split(), threads, work

    def run(self, files, tag):
        out = os.path.join(self.work, "factx-%s.jsonl" % tag)
        cmd = self.command + ["extract", "--format", "jsonl", "-j", str(self.threads)] + files
        wall, rss = timed(cmd, out, {"FACTX_NO_BUILD": "1"})
        with open(out, encoding="utf-8") as f:
            docs = [json.loads(line) for line in f if line.strip()]
        errors = [d for d in docs if "error" in d]
        if errors:
            sys.exit("bench: factx failed on %d documents: %s" % (len(errors), errors[0]))
        return wall, rss, sum(d["stats"]["tokens"] for d in docs)

    def serve_latency(self, articles, calls):
        """Per-call latency through 'factx serve': the CLI client, and HTTP alone."""
        server = subprocess.Popen(self.command + ["serve", "--port", "0", "-j", str(self.threads)],
                                  stderr=subprocess.PIPE, text=True, env=dict(os.environ, FACTX_NO_BUILD="1"))
        try:
            began = time.perf_counter()
            line = server.stderr.readline()
            match = re.search(r"(http://127\.0\.0\.1:\d+/)", line)
            if not match:
                sys.exit("bench: factx serve did not start: " + line + server.stderr.read()[-2000:])
            ready = time.perf_counter() - began
            url = match.group(1)
            cli, http = [], []
            for path in articles[:calls]:
                t = time.perf_counter()
                subprocess.run(self.command + ["extract", "--server", url, path], check=True,
                               stdout=subprocess.DEVNULL, env=dict(os.environ, FACTX_NO_BUILD="1"))
                cli.append(time.perf_counter() - t)
                with open(path, "rb") as f:
                    body = f.read()
                t = time.perf_counter()
                request = urllib.request.Request(url + "extract", data=body, headers={"Content-Type": "text/plain"})
                urllib.request.urlopen(request).read()
                http.append(time.perf_counter() - t)
            return {"serve_ready_s": ready, "client_call_s": sorted(cli)[len(cli) // 2],
                    "http_call_s": sorted(http)[len(http) // 2]}
        finally:
            server.terminate()
            server.wait(timeout=60)


class CoreNlp:
    name = "CoreNLP"

    def __init__(self, heap, work):
        self.heap, self.work = heap, work

    def run(self, files, tag):
        outdir = os.path.join(self.work, "corenlp-" + tag)
        os.makedirs(outdir)
        filelist = outdir + ".files"
        with open(filelist, "w", encoding="utf-8") as f:
            f.write("\n".join(files) + "\n")
        cmd = ["java", "-Xmx" + self.heap, "-cp", os.path.join(HOME, "target", "lib", "*"), CORENLP_MAIN,
               "-annotators", "tokenize,ssplit,pos,lemma,ner,quote", "-quote.attributeQuotes", "false",
               "-filelist", filelist, "-outputFormat", "json", "-outputDirectory", outdir]
        wall, rss = timed(cmd, outdir + ".log")
        tokens = 0
        for path in glob.glob(os.path.join(outdir, "*.json")):
            with open(path, encoding="utf-8") as f:
                tokens += sum(len(s["tokens"]) for s in json.load(f)["sentences"])
        return wall, rss, tokens


def measure(tool, tiny, articles):
    setup, _, _ = tool.run([tiny], "tiny")
    first, _, _ = tool.run(articles[:1], "first")
    wall, rss, tokens = tool.run(articles, "batch")
    # Set-up is paid once per run; the rate is what the pipeline does once loaded.
    rate = tokens / max(wall - setup, 1e-3)
    row = {"setup_s": setup, "first_s": first, "batch_s": wall, "tokens": tokens,
           "tokens_per_s": rate, "peak_rss_mb": rss}
    print("bench: %-7s set-up %.1f s, first %.1f s, batch %.1f s, %d tokens" % (
        tool.name, setup, first, wall, tokens), file=sys.stderr)
    return row


def report(n, threads, rows):
    lines = ["factx vs plain CoreNLP, first %d articles, factx -j %d, CoreNLP defaults (1 thread)" % (n, threads),
             "%-22s %12s %12s %12s" % ("", "factx", "CoreNLP", "factx/CoreNLP")]
    fmt = {"setup_s": "%.1f s", "first_s": "%.1f s", "tokens_per_s": "%.0f", "peak_rss_mb": "%.0f MB",
           "batch_s": "%.1f s", "tokens": "%d"}
    labels = {"setup_s": "set-up", "first_s": "first document", "batch_s": "batch wall",
              "tokens": "tokens", "tokens_per_s": "tokens/s", "peak_rss_mb": "peak RSS"}
    fx, nlp = rows.get("factx"), rows.get("CoreNLP")
    for key in ["setup_s", "first_s", "batch_s", "tokens", "tokens_per_s", "peak_rss_mb"]:
        a = fmt[key] % fx[key]
        b = fmt[key] % nlp[key] if nlp else "-"
        ratio = "%.2fx" % (fx[key] / nlp[key]) if nlp and nlp[key] else "-"
        lines.append("%-22s %12s %12s %12s" % (labels[key], a, b, ratio))
    return "\n".join(lines)


def main():
    args = parse_args()
    work = tempfile.mkdtemp(prefix="factx-bench-")
    try:
        tiny, articles = write_articles(args.corpus, args.n, work)
        rows = {"factx": measure(Factx(args.factx, args.j, work), tiny, articles)}
        if not args.skip_corenlp:
            rows["CoreNLP"] = measure(CoreNlp(args.corenlp_heap, work), tiny, articles)
        if not args.skip_server:
            latency = Factx(args.factx, args.j, work).serve_latency(articles, 5)
            rows["factx"].update(latency)
        print(report(args.n, args.j, rows))
        if not args.skip_server:
            fx = rows["factx"]
            print("per call, one article: factx extract %.2f s; with factx serve (ready in %.1f s): "
                  "factx extract --server %.2f s, HTTP alone %.3f s (medians of 5)"
                  % (fx["first_s"], fx["serve_ready_s"], fx["client_call_s"], fx["http_call_s"]))
        print(json.dumps(rows))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
