from concurrent.futures import ThreadPoolExecutor

import ipsfidelity


def test_many_threads_get_the_same_answers_as_one(example_batch, fair):
    single = [ipsfidelity.score(doc, lang="en") for doc in example_batch]
    rendered = ipsfidelity.render(fair, lang="nb")

    def work(i):
        doc = example_batch[i % len(example_batch)]
        bad = ipsfidelity.score_batch(['{"schemaVersion": 1}'], as_frame=False)
        return i, ipsfidelity.score(doc, lang="en"), ipsfidelity.render(fair, lang="nb"), bad["failed"]

    with ThreadPoolExecutor(max_workers=16) as pool:
        results = list(pool.map(work, range(400)))

    for i, report, text, failed in results:
        assert report == single[i % len(example_batch)]
        assert text == rendered
        assert failed == 1
