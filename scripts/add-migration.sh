#!/usr/bin/env bash
# Adds a migration with the same name for both providers, so neither falls behind the model.
# Usage: scripts/add-migration.sh AddArticleRevisions
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh MigrationName}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
dotnet ef migrations add "$name" --project src/TuyenGiao.Migrations.Sqlite \
    --startup-project src/TuyenGiao.Web --output-dir Migrations -- --Database:Provider=Sqlite
# No SQL Server is contacted to add a migration; the connection string only has to parse.
dotnet ef migrations add "$name" --project src/TuyenGiao.Migrations.SqlServer \
    --startup-project src/TuyenGiao.Web --output-dir Migrations -- --Database:Provider=SqlServer \
    "--ConnectionStrings:Portal=Server=127.0.0.1;Database=design-time;Trusted_Connection=False"
