-- Check dams (淤地坝) are a vector tile layer and a feature collection: their
-- writes bump the layer's version like every other tile layer's.
CREATE TRIGGER check_dams_version AFTER INSERT OR UPDATE OR DELETE ON check_dams
  FOR EACH STATEMENT EXECUTE FUNCTION bump_layer_version('check_dams');
