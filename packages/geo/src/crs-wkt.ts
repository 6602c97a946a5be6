/**
 * WKT texts of the registry's systems: the OGC flavour exactly as PostGIS's
 * spatial_ref_sys.srtext (GeoPackage gpkg_spatial_ref_sys, GDAL), and the
 * ESRI flavour ArcGIS writes into a shapefile's .prj.
 */
import type { GkZone } from "./gk-zones.ts";

const DEGREE = 'UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]]';
const GREENWICH = 'PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]]';

/** OGC WKT of EPSG:4326. */
export const WGS84_OGC_WKT = `GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],${GREENWICH},${DEGREE},AUTHORITY["EPSG","4326"]]`;

/** OGC WKT of EPSG:4490. */
export const CGCS2000_OGC_WKT = `GEOGCS["China Geodetic Coordinate System 2000",DATUM["China_2000",SPHEROID["CGCS2000",6378137,298.257222101,AUTHORITY["EPSG","1024"]],AUTHORITY["EPSG","1043"]],${GREENWICH},${DEGREE},AUTHORITY["EPSG","4490"]]`;

/** The EPSG name of a GK zone, e.g. "CGCS2000 / 3-degree Gauss-Kruger CM 114E". */
export function gkEpsgName(z: GkZone): string {
  const series = z.width === 3 ? "3-degree Gauss-Kruger" : "Gauss-Kruger";
  return `CGCS2000 / ${series} ${z.prefix ? `zone ${z.zone}` : `CM ${z.centralMeridian}E`}`;
}

/** The ESRI name of a GK zone, e.g. "CGCS2000_3_Degree_GK_CM_114E", "CGCS2000_GK_Zone_20". */
function gkEsriName(z: GkZone): string {
  const series = z.width === 3 ? "CGCS2000_3_Degree_GK" : "CGCS2000_GK";
  return `${series}_${z.prefix ? `Zone_${z.zone}` : `CM_${z.centralMeridian}E`}`;
}

/** OGC WKT of a GK zone. */
export function gkOgcWkt(z: GkZone): string {
  return (
    `PROJCS["${gkEpsgName(z)}",${CGCS2000_OGC_WKT},PROJECTION["Transverse_Mercator"],` +
    `PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",${z.centralMeridian}],` +
    `PARAMETER["scale_factor",1],PARAMETER["false_easting",${z.falseEasting}],PARAMETER["false_northing",0],` +
    `UNIT["metre",1,AUTHORITY["EPSG","9001"]],AUTHORITY["EPSG","${z.srid}"]]`
  );
}

const ESRI_DEGREE = 'PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]';

/** ESRI WKT of EPSG:4326. */
export const WGS84_ESRI_WKT = `GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],${ESRI_DEGREE}]`;

/** ESRI WKT of EPSG:4490. */
export const CGCS2000_ESRI_WKT = `GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],${ESRI_DEGREE}]`;

/** ESRI WKT of a GK zone (projection Gauss_Kruger, as ArcGIS writes it). */
export function gkEsriWkt(z: GkZone): string {
  return (
    `PROJCS["${gkEsriName(z)}",${CGCS2000_ESRI_WKT},PROJECTION["Gauss_Kruger"],` +
    `PARAMETER["False_Easting",${z.falseEasting.toFixed(1)}],PARAMETER["False_Northing",0.0],` +
    `PARAMETER["Central_Meridian",${z.centralMeridian.toFixed(1)}],PARAMETER["Scale_Factor",1.0],` +
    `PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]`
  );
}
