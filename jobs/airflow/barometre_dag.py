"""Baromètre: one vintage per half-year on a Spark 3.5 cluster.

Tasks, one per step of the pipeline, each a `jobs/spark-submit.sh` call (so the jar, the Java 17
module flags and conf/cluster.conf are chosen in one place, the same as by hand):

    run_vintage  ->  export_<table> (x5, in parallel)  ->  report

The vintage defaults to the half-year that ended before the run (the run of 15 July 2025
computes 2025-S1, that of 15 January 2026 computes 2025-S2); trigger with {"vintage": "2024-S2"} to recompute another one.
Exit status 2 (bad arguments/configuration) and 3 (unreadable input) fail the task like any
non-zero status: retrying them cannot help, so retries are few.

Airflow Variables (Admin > Variables) set the deployment:
    barometre_home     checkout with target/barometre-*-cluster.jar built (mvn -B package -DskipTests)
    barometre_master   Spark master URL, e.g. spark://spark-master:7077 (or yarn, k8s://...)
    barometre_lake     lake root, e.g. hdfs:///barometre/lake or s3a://bucket/barometre/lake
    barometre_inputs   inputs root: releves/ (every relève so far), successions.csv, and the two
                       SIRENE stocks named by the params sirene / sirene_previous
    barometre_exports  where exports and reports go
"""

from __future__ import annotations

from datetime import datetime, timedelta

from airflow import DAG
from airflow.models.param import Param
from airflow.operators.bash import BashOperator

EXPORT_TABLES = ["net_openings", "net_openings_by_sector", "events", "candidates", "rejects", "revisions"]

# The vintage: the "vintage" param, else the half-year that ended before the run (the end of the
# data interval is the moment the run was scheduled for).
VINTAGE = (
    "{{ params.vintage if params.vintage else "
    "(data_interval_end.year ~ '-S1' if data_interval_end.month > 6 "
    "else (data_interval_end.year - 1) ~ '-S2') }}"
)

SUBMIT = (
    "cd {{ var.value.barometre_home }} && "
    "SPARK_MASTER={{ var.value.barometre_master }} "
    "jobs/spark-submit.sh {{ params.spark_submit_options }} -- "
)

default_args = {
    "owner": "barometre",
    "retries": 1,
    "retry_delay": timedelta(minutes=10),
}

with DAG(
    dag_id="barometre",
    description="Net openings of industrial sites per territory and half-year (Spark + Delta)",
    start_date=datetime(2025, 1, 1),
    # After each half-year ends; INSEE's stock of the 1st is published within days.
    schedule="0 6 15 1,7 *",
    catchup=False,
    max_active_runs=1,  # runs of two vintages would race on the revisions table
    default_args=default_args,
    params={
        "vintage": Param("", type="string", description="YYYY-S1 or YYYY-S2; empty: the last half-year"),
        "sirene": Param("sirene/current.zip", type="string", description="current stock, under the inputs root"),
        "sirene_date": Param("", type="string", description="its date YYYY-MM-DD; empty: from the file"),
        "sirene_previous": Param("sirene/previous.zip", type="string", description="stock a year before"),
        "spark_submit_options": Param("--deploy-mode client", type="string"),
    },
    tags=["barometre", "spark"],
) as dag:
    inputs = "{{ var.value.barometre_inputs }}"
    lake = "{{ var.value.barometre_lake }}"
    out = "{{ var.value.barometre_exports }}/" + VINTAGE

    run_vintage = BashOperator(
        task_id="run_vintage",
        bash_command=SUBMIT
        + "run --vintage "
        + VINTAGE
        + " --lake "
        + lake
        + " --releves "
        + inputs
        + "/releves"
        + " --sirene "
        + inputs
        + "/{{ params.sirene }}"
        + "{{ ' --sirene-date ' ~ params.sirene_date if params.sirene_date else '' }}"
        + " --sirene-previous "
        + inputs
        + "/{{ params.sirene_previous }}"
        + " --successions "
        + inputs
        + "/successions.csv",
        execution_timeout=timedelta(hours=3),
    )

    exports = [
        BashOperator(
            task_id=f"export_{table}",
            bash_command=SUBMIT
            + f"export --table {table} --vintage "
            + VINTAGE
            + " --lake "
            + lake
            + f" --out {out}/{table}.csv",
            execution_timeout=timedelta(minutes=30),
        )
        for table in EXPORT_TABLES
    ]

    report = BashOperator(
        task_id="report",
        bash_command=SUBMIT + "report --vintage " + VINTAGE + " --lake " + lake + f" --out {out}/report",
        execution_timeout=timedelta(minutes=30),
    )

    run_vintage >> exports >> report
