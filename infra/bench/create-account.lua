-- wrk script for the write scenario: POST /api/v1/accounts with a unique email per request.
--
-- Usage: wrk ... -s infra/bench/create-account.lua http://127.0.0.1:18181/api/v1/accounts -- RUN_ID [PHASE]
--
-- The email is bench-<run id>-t<thread id>-<counter>@example.org: the run id keeps runs against
-- the same server apart, the thread id keeps wrk's threads apart, and the counter (local to each
-- thread, since every wrk thread has its own Lua state) keeps one thread's requests apart.
-- Every request hashes a password with Argon2id on the server: this scenario is CPU-bound by design.

local thread_ids = 0

-- Runs in wrk's main Lua state once per thread, before the threads start.
function setup(thread)
  thread_ids = thread_ids + 1
  thread:set("thread_id", thread_ids)
end

local run_id = "run"
local counter = 0

function init(args)
  if args[1] ~= nil and args[1] ~= "" then
    run_id = args[1]
  end
  -- run.sh passes "warmup" for its warm-up run, so that run's emails differ from the measured run's.
  if args[2] ~= nil and args[2] ~= "" then
    run_id = run_id .. "-" .. args[2]
  end
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  counter = counter + 1
  local email = string.format("bench-%s-t%d-%d@example.org", run_id, thread_id or 0, counter)
  local body = string.format('{"email":"%s","password":"bench load test passphrase 7"}', email)
  return wrk.format(nil, nil, nil, body)
end
