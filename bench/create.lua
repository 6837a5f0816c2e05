-- f) authenticated create + publish: POST /api/v1/posts with a published post each time.
local n = 0
local failures = 0

-- each wrk thread its own random sequence, so titles (and slugs) differ across threads
init = function()
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16))
end
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")

request = function()
  n = n + 1
  local body = string.format('{"title":"Bench post %d %d","status":"PUBLISHED","category":"category-1","tags":["tag-1","tag-2"],'
    .. '"bodyMarkdown":"## Bench\\n\\nA short **benchmark** body with a [link](https://example.com) and `code`."}', n, math.random(1, 1e9))
  return wrk.format(nil, "/api/v1/posts", nil, body)
end

response = function(status)
  if status < 200 or status > 299 then failures = failures + 1 end
end

done = function()
  io.write(string.format("script non-2xx: %d\n", failures))
end
