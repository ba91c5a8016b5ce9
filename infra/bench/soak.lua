-- wrk script for the soak (BENCH_SOAK): a mix of the hot paths, in a fixed cycle of ten requests:
-- three owner writes, two reads of one record, one page of 20 records, one GET /api/v1/me, and
-- three consented reads (when a tenant agreement is given; otherwise owner reads instead).
-- Arguments: personal access token, record id, then optionally tenant JWT and agreement id.
local pat, record, jwt, agreement
local counter = 0
local write_body = '{"schema":"hearth:note/v1","category":"dpv-pd:Preference","title":"soak record",' ..
                   '"data":{"text":"a soak record of about a hundred bytes of JSON","n":42,"tags":["a","b"]}}'

function init(args)
    pat, record, jwt, agreement = args[1], args[2], args[3], args[4]
end

function request()
    counter = counter + 1
    local k = counter % 10
    local owner = { ["Authorization"] = "Bearer " .. pat }
    if k < 3 then
        owner["Content-Type"] = "application/json"
        return wrk.format("POST", "/api/v1/me/records", owner, write_body)
    elseif k < 5 then
        return wrk.format("GET", "/api/v1/me/records/" .. record, owner)
    elseif k < 6 then
        return wrk.format("GET", "/api/v1/me/records?limit=20", owner)
    elseif k < 7 then
        return wrk.format("GET", "/api/v1/me", owner)
    elseif jwt ~= nil and jwt ~= "" then
        return wrk.format("GET", "/api/v1/tenant/agreements/" .. agreement ..
            "/records?category=dpv-pd:Preference&limit=20", { ["Authorization"] = "Bearer " .. jwt })
    else
        return wrk.format("GET", "/api/v1/me/records/" .. record, owner)
    end
end
