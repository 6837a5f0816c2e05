package dev.engblog.cms.ghost;

import jakarta.ws.rs.Path;

/** Ghost's versioned prefixes of the Content API (v2, v3, v4 and canary clients): the same routes and answers. */
public final class GhostLegacyRoutes {

    private GhostLegacyRoutes() {
    }

    @Path("/ghost/api/v2/content")
    public static class V2 extends GhostContentResource {
        public V2(GhostService ghost) {
            super(ghost);
        }
    }

    @Path("/ghost/api/v3/content")
    public static class V3 extends GhostContentResource {
        public V3(GhostService ghost) {
            super(ghost);
        }
    }

    @Path("/ghost/api/v4/content")
    public static class V4 extends GhostContentResource {
        public V4(GhostService ghost) {
            super(ghost);
        }
    }

    @Path("/ghost/api/canary/content")
    public static class Canary extends GhostContentResource {
        public Canary(GhostService ghost) {
            super(ghost);
        }
    }
}
