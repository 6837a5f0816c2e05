-- g) 90/10 read/write mix: nine reads (list, filter, slug) for one authenticated create.
local n = 0
local failures = 0

-- each wrk thread its own random sequence, so titles (and slugs) differ across threads
init = function()
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16))
end
local token = "Bearer " .. os.getenv("BENCH_TOKEN")
local reads = { "/api/v1/posts", "/api/v1/posts?category=category-5&tag=tag-1", "/api/v1/posts/slug/post-000123" }

request = function()
  n = n + 1
  if n % 10 == 0 then
    local body = string.format('{"title":"Mix post %d %d","status":"PUBLISHED","bodyMarkdown":"Mixed load."}', n, math.random(1, 1e9))
    return wrk.format("POST", "/api/v1/posts", { ["Content-Type"] = "application/json", ["Authorization"] = token }, body)
  end
  return wrk.format("GET", reads[(n % 3) + 1])
end

response = function(status)
  if status < 200 or status > 299 then failures = failures + 1 end
end

done = function()
  io.write(string.format("script non-2xx: %d\n", failures))
end
