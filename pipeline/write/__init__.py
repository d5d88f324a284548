"""Writing: rows of the tables, CSV and Parquet writers, the data dictionary and the HTML report."""
