"""The scan as a Spark application, for ``spark-submit`` (which runs a file, not a module):

    spark-submit --master spark://HOST:7077 src/unspin/backends/spark_submit.py CORPUS \\
        --out relations.parquet [--db index.db] [--jsonl relations.jsonl]

The master and the cluster's settings come from spark-submit; the executors' Python is the
driver's (``sys.executable``, set by ``unspin.backends.spark.session``)."""

import sys

from unspin.backends.spark import main

if __name__ == "__main__":
    sys.exit(main())
