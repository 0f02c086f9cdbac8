#!/usr/bin/python3
"""Reference derivation of IPS-25 facts from the CSV export (docs/records-csv.md) with vectorised pandas.

Mirrors Ips.Core.Fidelity.Derivation.FactDerivation with default options (see docs/benchmarks.md for the
definitions). No Python loops over rows: everything is groupby / merge / numpy. Loading (read_csv and type
conversion) is timed apart from the compute.

Run with Debian's interpreter, which is where `apt-get install -y python3-pandas` puts pandas:
    /usr/bin/python3 bench/reference/derive_facts.py --input DIR --output facts.csv --timing timing.json \
        --period-start 2024-07-01 --period-end 2024-12-31 --review-date 2024-12-31

Output: one row per fact: programme_id,item,specialist,fact,number,text (specialist empty for programme facts;
number for counts and numbers, text for flags, levels and element sets joined by '|').
"""
import argparse
import datetime as dt
import json
import time

import numpy as np
import pandas as pd

EPOCH = dt.date(1970, 1, 1)
LOOK_BACK_DAYS = 365


def day(text):
    return (dt.date.fromisoformat(text) - EPOCH).days


def minus_one_year_plus_one_day(review):
    # NodaTime LocalDate.PlusYears(-1) clamps 29 February to 28 February; then one day later.
    try:
        back = review.replace(year=review.year - 1)
    except ValueError:
        back = review.replace(year=review.year - 1, day=28)
    return back + dt.timedelta(days=1)


def read(directory, name):
    return pd.read_csv(f"{directory}/{name}.csv", dtype=str, keep_default_na=False, na_values=[""])


def days(series):
    """ISO dates → int days since 1970-01-01; missing → NaN (float)."""
    parsed = pd.to_datetime(series, format="%Y-%m-%d")
    out = (parsed.values.astype("datetime64[D]").astype("int64")).astype("float64")
    out[parsed.isna().values] = np.nan
    return out


def load(directory):
    d = {}
    d["programmes"] = read(directory, "programmes")
    s = read(directory, "specialists")
    s["fte"] = s["fte"].astype("float64")
    s["scheduled"] = s["scheduled_hours_per_week"].astype("float64")
    s["community"] = s["community_hours_per_week"].astype("float64")
    d["specialists"] = s
    d["teams"] = read(directory, "specialist_teams")
    d["employers"] = read(directory, "employers")
    p = read(directory, "participants")
    p["enrol"] = days(p["enrolment_date"])
    p["exit"] = days(p["exit_date"])
    d["participants"] = p
    d["caseload"] = read(directory, "caseload_assignments")
    c = read(directory, "employer_contacts")
    c["day"] = days(c["date"])
    c["in_person"] = c["in_person"] == "true"
    c["participant_count"] = c["participant_count"].astype("int64")
    c["contact_index"] = c["contact_index"].astype("int64")
    d["contacts"] = c
    cp = read(directory, "employer_contact_participants")
    cp["contact_index"] = cp["contact_index"].astype("int64")
    d["contact_participants"] = cp
    j = read(directory, "jobs")
    j["start"] = days(j["start_date"])
    j["end"] = days(j["end_date"])
    j["ordinary_wage"] = j["ordinary_wage"] == "true"
    j["reserved"] = j["reserved_for_people_with_disabilities"] == "true"
    d["jobs"] = j
    f = read(directory, "follow_along_contacts")
    f["day"] = days(f["date"])
    f["in_person"] = f["in_person"] == "true"
    d["follow_along"] = f
    dd = read(directory, "disclosure_discussions")
    dd["day"] = days(dd["date"])
    for column in ("pros_and_cons_covered", "accommodations_covered", "wording_examples_given"):
        dd[column] = dd[column] == "true"
    d["discussions"] = dd
    return d


def rows(frame, item, fact, value, specialist=None, kind="number"):
    out = pd.DataFrame({
        "programme_id": frame["programme_id"].values,
        "item": item,
        "specialist": frame[specialist].values if specialist else "",
        "fact": fact,
    })
    if kind == "number":
        out["number"] = np.asarray(value, dtype="float64")
        out["text"] = ""
    else:
        out["number"] = np.nan
        out["text"] = np.asarray(value, dtype=object)
    return out


def derive(d, S, E, R, year_start):
    P = ["programme_id"]
    PS = ["programme_id", "specialist_id"]
    out = []

    participants = d["participants"]
    with_participants = participants.groupby("programme_id").size().rename("n").reset_index()
    has_p = set(with_participants["programme_id"])

    spec = d["specialists"][["programme_id", "specialist_id", "fte", "scheduled", "community"]].copy()
    spec["label"] = "ES " + (spec.groupby("programme_id").cumcount() + 1).astype(str)
    teams = d["teams"].groupby(PS).size().rename("teams")
    spec = spec.merge(teams, left_on=PS, right_index=True, how="left")
    spec["teams"] = spec["teams"].fillna(0).astype("int64")

    # Caseloads on the review date (items 1, 4, 17's job seekers).
    ca = d["caseload"][["programme_id", "specialist_id", "participant_id"]].merge(
        participants[["programme_id", "participant_id", "enrol", "exit", "phase", "referral_team_id"]],
        on=["programme_id", "participant_id"], how="inner")
    ca = ca[(ca["enrol"] <= R) & (ca["exit"].isna() | (ca["exit"] >= R))]
    from_team = ca.merge(d["teams"][["programme_id", "specialist_id", "team_id"]],
                         left_on=["programme_id", "specialist_id", "referral_team_id"],
                         right_on=["programme_id", "specialist_id", "team_id"], how="inner")
    spec = spec.merge(ca.groupby(PS).size().rename("active"), left_on=PS, right_index=True, how="left")
    spec = spec.merge(from_team.groupby(PS).size().rename("from_teams"), left_on=PS, right_index=True, how="left")
    spec = spec.merge(ca[ca["phase"] == "JobSearch"].groupby(PS).size().rename("seekers"), left_on=PS, right_index=True, how="left")

    # Employer contacts (items 16, 17).
    contacts = d["contacts"]
    in_window = (contacts["day"] >= S) & (contacts["day"] <= E) & contacts["specialist_id"].notna()
    c17 = contacts[in_window & contacts["in_person"] & (contacts["purpose"] == "JobDevelopment")]
    spec = spec.merge(c17.groupby(PS).size().rename("c17"), left_on=PS, right_index=True, how="left")
    # Item 16: participant-specific job-development contacts only (FirstEmployerContact.IsAboutAJob: follow-ups of
    # working participants and "other" are left out) whose preference field is recorded.
    c16 = contacts[in_window & (contacts["participant_count"] > 0) & (contacts["purpose"] == "JobDevelopment")
                   & contacts["followed_preferences"].notna()]
    c16 = c16.assign(followed=c16["followed_preferences"] == "true")
    g16 = c16.groupby(PS)["followed"].agg(["size", "sum"]).rename(columns={"size": "recorded16", "sum": "followed16"})
    spec = spec.merge(g16, left_on=PS, right_index=True, how="left")
    for column in ("active", "from_teams", "seekers", "c17", "recorded16", "followed16"):
        spec[column] = spec[column].fillna(0).astype("int64")

    sp = spec[spec["programme_id"].isin(has_p)]
    # Item 1.
    out.append(rows(sp, 1, "activeParticipants", sp["active"], "label"))
    out.append(rows(sp, 1, "fullTimeEquivalents", sp["fte"], "label"))
    # Item 4.
    s4 = sp[(sp["teams"] == 0) | (sp["active"] > 0)]
    out.append(rows(s4, 4, "separateVocationalProgramme", np.where(s4["teams"] == 0, "true", "false"), "label", "text"))
    out.append(rows(s4, 4, "treatmentTeamsAssigned", s4["teams"], "label"))
    s4p = s4[s4["active"] > 0]
    out.append(rows(s4p, 4, "caseloadFromAssignedTeamsPercent", 100.0 * s4p["from_teams"] / s4p["active"], "label"))
    # Item 16.
    s16 = sp[sp["recorded16"] > 0]
    out.append(rows(s16, 16, "contactsFollowingPreferencesPercent", 100.0 * s16["followed16"] / s16["recorded16"], "label"))
    # Item 17.
    period_days = E - S + 1
    out.append(rows(sp, 17, "inPersonEmployerContactsPerWeek", sp["c17"] * 7.0 / period_days, "label"))
    out.append(rows(sp, 17, "jobSeekers", sp["seekers"], "label"))
    # Item 24 (every programme, participants or not): one programme fact, the pooled share: all specialists'
    # community hours ÷ all their scheduled hours × 100, over specialists with both recorded and scheduled > 0.
    s24 = spec[spec["scheduled"].notna() & (spec["scheduled"] > 0) & spec["community"].notna()]
    g24 = s24.groupby("programme_id")[["community", "scheduled"]].sum().reset_index()
    g24 = g24[g24["scheduled"] > 0]
    out.append(rows(g24, 24, "communityHoursPercent", 100.0 * g24["community"] / g24["scheduled"]))

    # Item 13: disclosure discussions in the period.
    dd = d["discussions"]
    dd = dd[(dd["day"] >= S) & (dd["day"] <= E)]
    per_participant = dd.groupby(["programme_id", "participant_id"]).size()
    twice = (per_participant >= 2).groupby(level=0).any().rename("d")
    # Element b needs one discussion that covered both the pros and cons and accommodations.
    dd = dd.assign(both=dd["pros_and_cons_covered"] & dd["accommodations_covered"])
    g13 = dd.groupby("programme_id").agg(n=("day", "size"), b=("both", "any"), c=("wording_examples_given", "any"))
    g13 = g13.join(twice, how="left").fillna({"d": False}).reset_index()
    text = (g13["b"].map({True: "discussesProsAndCons|", False: ""}) + g13["c"].map({True: "discussesWhatToSay|", False: ""})
            + g13["d"].astype(bool).map({True: "discussedMoreThanOnce|", False: ""}))
    out.append(rows(g13, 13, "disclosurePractices", text.str.rstrip("|").values, kind="text"))

    # Item 15: days from enrolment to the first in-person job-development employer contact (Ips.Core.Metrics).
    cohort = participants[(participants["enrol"] >= S) & (participants["enrol"] <= E)][["programme_id", "participant_id", "enrol", "exit"]]
    pairs = d["contact_participants"][["programme_id", "contact_index", "participant_id"]].merge(
        contacts[["programme_id", "contact_index", "day", "in_person", "purpose"]], on=["programme_id", "contact_index"])
    pairs = pairs[pairs["in_person"] & (pairs["purpose"] == "JobDevelopment") & (pairs["day"] <= E)].merge(cohort, on=["programme_id", "participant_id"])
    pairs = pairs[pairs["day"] >= pairs["enrol"]]
    first = pairs.groupby(["programme_id", "participant_id"])["day"].min().rename("first")
    cohort = cohort.merge(first, left_on=["programme_id", "participant_id"], right_index=True, how="left")
    until = np.where(cohort["first"].notna(), cohort["first"], np.fmin(E, cohort["exit"].fillna(np.inf)))
    cohort["days"] = until - cohort["enrol"]
    # Nothing is derived for a programme without employer-contact records (or without participants).
    with_contacts = contacts.groupby("programme_id").size().rename("contacts").reset_index()
    with_contacts = with_contacts[with_contacts["programme_id"].isin(has_p)]
    mean = cohort.groupby("programme_id")["days"].mean().rename("mean").reset_index()
    mean = mean[mean["programme_id"].isin(with_contacts["programme_id"])]
    out.append(rows(mean, 15, "meanDaysToFirstEmployerContact", mean["mean"]))
    # employerContactsTracked: only when at least one employer contact (any purpose, any specialist or none, as the
    # C# side counts them) is dated in S–E; contacts dated outside the period never show tracking.
    dated_in = contacts[(contacts["day"] >= S) & (contacts["day"] <= E)]
    tracked = with_contacts[with_contacts["programme_id"].isin(dated_in["programme_id"])]
    out.append(rows(tracked, 15, "employerContactsTracked", np.full(len(tracked), "true"), kind="text"))

    # Items 19, 20, 21.
    jobs = d["jobs"]
    end_or_inf = jobs["end"].fillna(np.inf)
    progs = pd.DataFrame({"programme_id": sorted(has_p)})
    held = jobs[(jobs["start"] <= R) & (end_or_inf >= year_start)]
    # Item 20: one employer per organisation number where the employer record carries one (two records with one
    # number are one employer), otherwise one per employer record. Prefixes keep the two kinds of key apart.
    employers = d["employers"][["programme_id", "employer_id", "organisation_number"]]
    employer_key = np.where(employers["organisation_number"].notna(), "org:" + employers["organisation_number"].fillna(""),
                            "id:" + employers["employer_id"])
    employers = employers.assign(employer_key=employer_key)[["programme_id", "employer_id", "employer_key"]]
    held = held.merge(employers, on=["programme_id", "employer_id"], how="left")
    held["employer_key"] = held["employer_key"].fillna("id:" + held["employer_id"])
    g19 = held.groupby("programme_id").agg(held=("job_id", "size"), types=("occupation_code", "nunique"), employers=("employer_key", "nunique"))
    g19 = progs.merge(g19, left_on="programme_id", right_index=True, how="left").fillna(0)
    out.append(rows(g19, 19, "jobsHeld", g19["held"]))
    out.append(rows(g19, 19, "distinctJobTypes", g19["types"]))
    out.append(rows(g19, 20, "jobsHeld", g19["held"]))
    out.append(rows(g19, 20, "distinctEmployers", g19["employers"]))
    current = jobs[(jobs["start"] <= R) & (end_or_inf >= R)]
    form = current["employment_form"]
    permanent = (current["ordinary_wage"] & ~current["reserved"] & (form != "ProgrammeOwnedTimeLimited")
                 & (current["wage_subsidy"] != "Permanent") & form.isin(["Permanent", "Seasonal", "TempAgency"]))
    g21 = current.assign(permanent=permanent).groupby("programme_id").agg(current=("job_id", "size"), permanent=("permanent", "sum"))
    g21 = progs.merge(g21, left_on="programme_id", right_index=True, how="left").fillna(0)
    out.append(rows(g21, 21, "currentJobs", g21["current"]))
    out.append(rows(g21, 21, "permanentCompetitiveJobs", g21["permanent"]))

    # Item 23: follow-along pattern over jobs started in the 365 days ending on E.
    j23 = jobs[(jobs["start"] >= E - (LOOK_BACK_DAYS - 1)) & (jobs["start"] <= E)][["programme_id", "job_id", "start", "end"]].copy()
    j23["horizon"] = np.fmin(E, j23["end"].fillna(np.inf))
    fa = d["follow_along"]
    fa = fa[fa["in_person"] & (fa["by"] != "Other")].merge(j23, on=["programme_id", "job_id"])
    fa = fa[(fa["day"] - fa["start"] >= -7) & (fa["day"] <= fa["horizon"])]
    dd_ = (fa["day"] - fa["start"]).astype("int64").values
    month = np.where(dd_ >= 0, dd_ // 30, -1)
    week = np.where((dd_ >= 0) & (dd_ <= 27), dd_ // 7, -1)
    bits = pd.DataFrame({"programme_id": fa["programme_id"].values, "job_id": fa["job_id"].values,
                         "before": dd_ < 0, "soon": (dd_ >= 0) & (dd_ <= 3)})
    for k in range(4):
        bits[f"w{k}"] = week == k
    for b in range(12):
        bits[f"m{b}"] = month == b
    flags = bits.groupby(["programme_id", "job_id"]).max()
    j23 = j23.merge(flags, left_on=["programme_id", "job_id"], right_index=True, how="left")
    flag_columns = ["before", "soon"] + [f"w{k}" for k in range(4)] + [f"m{b}" for b in range(12)]
    j23[flag_columns] = j23[flag_columns].fillna(False).astype(bool)
    months = np.minimum(12, ((j23["horizon"] - j23["start"] + 1) // 30).astype("int64").values)
    weekly = j23[["w0", "w1", "w2", "w3"]].all(axis=1).values
    after = j23[[f"m{b}" for b in range(1, 12)]].any(axis=1).values
    four = j23[["m0", "m1", "m2", "m3"]].all(axis=1).values
    month_flags = j23[[f"m{b}" for b in range(12)]].values
    # Level 4 (support for a year): only jobs observed 365 days or more can show it: weekly contact in month one
    # and contact in each of months 2–12; a job observed less than a year counts as not showing it.
    observed_year = ((j23["horizon"] - j23["start"] + 1) >= 365).values
    monthly = month_flags[:, 1:12].all(axis=1)
    j23 = j23.assign(obs2=months >= 2, after=(months >= 2) & after, obs4=months >= 4,
                     four=(months >= 4) & four, pattern=(months >= 4) & observed_year & weekly & monthly)
    g23 = j23.groupby("programme_id")[["obs2", "after", "obs4", "four", "pattern"]].sum().reset_index()
    g23 = g23[g23["programme_id"].isin(has_p) & (g23["obs2"] > 0)]
    level = np.where(g23["after"] == 0, "noContactAfterFirstMonth",
             np.where(g23["obs4"] == 0, "",
             np.where(2 * g23["four"] < g23["obs4"], "fewerThanHalfForFourMonths",
             np.where(2 * g23["pattern"] < g23["obs4"], "atLeastHalfForFourMonths", "weeklyThenMonthlyForAYear"))))
    g23 = g23.assign(level=level)
    g23 = g23[g23["level"] != ""]
    out.append(rows(g23, 23, "followAlongContactPractice", g23["level"], kind="text"))

    return pd.concat(out, ignore_index=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--input", required=True)
    parser.add_argument("--output", required=True)
    parser.add_argument("--timing", required=True)
    parser.add_argument("--period-start", required=True)
    parser.add_argument("--period-end", required=True)
    parser.add_argument("--review-date", required=True)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()

    S, E, R = day(args.period_start), day(args.period_end), day(args.review_date)
    year_start = (minus_one_year_plus_one_day(dt.date.fromisoformat(args.review_date)) - EPOCH).days

    t0 = time.perf_counter()
    data = load(args.input)
    load_seconds = time.perf_counter() - t0

    best = best_cpu = float("inf")
    facts = None
    for _ in range(max(1, args.repeat)):
        t1, c1 = time.perf_counter(), time.process_time()
        facts = derive(data, S, E, R, year_start)
        best = min(best, time.perf_counter() - t1)
        best_cpu = min(best_cpu, time.process_time() - c1)

    facts.to_csv(args.output, index=False, float_format="%.17g")
    with open(args.timing, "w", encoding="utf-8") as f:
        json.dump({"load_seconds": load_seconds, "compute_seconds": best, "compute_cpu_seconds": best_cpu, "facts": int(len(facts)),
                   "pandas": pd.__version__, "numpy": np.__version__}, f)


if __name__ == "__main__":
    main()
