-- A scan loaded earlier turns out to copy the digital report now loaded: it is no longer the
-- period's current file.
UPDATE laporan SET salinan_dari = $salinan_dari WHERE report_id = $report_id;
