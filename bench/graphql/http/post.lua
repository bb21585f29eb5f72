-- wrk script: POST /graphql with the small query of bench/graphql/http/README.md (body from the environment).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json"
wrk.body = os.getenv("GRAPHQL_BODY") or '{"query":"{ entity(id: \\"org:jaxa\\") { id name } }"}'
