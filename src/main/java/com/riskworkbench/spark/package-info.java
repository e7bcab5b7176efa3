/**
 * The analyses as an Apache Spark job (docs/decisions/0009-spark-job.md): the book's tables read
 * from a data lake (Parquet, a catalog table, JDBC), the push-down aggregates computed as Spark
 * plans ({@link com.riskworkbench.spark.SparkAggregates}), the results finished on the driver by
 * the same code as the other engines. A top layer beside {@code app}: only this package touches
 * Spark, and nothing depends on it; it is left out of the desktop jar.
 */
package com.riskworkbench.spark;
