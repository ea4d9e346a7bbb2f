import { useEffect, useState } from "react";
import { api, type Region } from "../../api";
import { useI18n } from "../../i18n/I18nProvider";

/** Province → kabupaten/kota choice; reports the chosen code (kabupaten when chosen, else the province, else ""). */
export function RegionPicker({
  onChange,
  onName,
  showHint = true,
}: {
  onChange: (code: string) => void;
  /** The name of the chosen region, for the confirmation page. */
  onName: (name: string) => void;
  /** Shows the filing hint ("the complaint goes to this Pemda"); off where the picker filters a list. */
  showHint?: boolean;
}) {
  const { t } = useI18n();
  const [provinces, setProvinces] = useState<Region[]>([]);
  const [kabupaten, setKabupaten] = useState<Region[]>([]);
  const [province, setProvince] = useState("");
  const [kab, setKab] = useState("");

  useEffect(() => {
    api.regions().then((r) => setProvinces(r.regions), () => setProvinces([]));
  }, []);

  useEffect(() => {
    setKabupaten([]);
    if (province === "") return;
    api.regions(province).then((r) => setKabupaten(r.regions), () => setKabupaten([]));
  }, [province]);

  const chooseProvince = (code: string) => {
    setProvince(code);
    setKab("");
    onChange(code);
    onName(provinces.find((p) => p.code === code)?.name ?? "");
  };
  const chooseKabupaten = (code: string) => {
    setKab(code);
    onChange(code === "" ? province : code);
    const chosen = kabupaten.find((k) => k.code === code) ?? provinces.find((p) => p.code === province);
    onName(chosen?.name ?? "");
  };

  return (
    <>
      <label className="field">
        <span>{t("complaintForm.province")}</span>
        <select value={province} onChange={(e) => chooseProvince(e.target.value)} data-testid="complaint-province">
          <option value="">{t("complaintForm.choose")}</option>
          {provinces.map((p) => (
            <option key={p.code} value={p.code}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t("complaintForm.kabupaten")}</span>
        <select
          value={kab}
          disabled={province === ""}
          onChange={(e) => chooseKabupaten(e.target.value)}
          data-testid="complaint-kabupaten"
        >
          <option value="">{t("complaintForm.wholeProvince")}</option>
          {kabupaten.map((k) => (
            <option key={k.code} value={k.code}>
              {k.name}
            </option>
          ))}
        </select>
        {showHint && <small className="muted">{t("complaintForm.regionHint")}</small>}
      </label>
    </>
  );
}
