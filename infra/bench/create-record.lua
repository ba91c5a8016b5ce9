-- wrk script: the owner creates a record (POST /api/v1/me/records) with a personal access token
-- given by wrk -H. Each write is a token check, the data key (cached), AES-GCM encryption of the
-- title and data, two inserts and a commit.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"schema":"hearth:note/v1","category":"dpv-pd:Preference","title":"bench record",' ..
           '"data":{"text":"a benchmark record of about a hundred bytes of JSON","n":42,"tags":["a","b"]}}'
