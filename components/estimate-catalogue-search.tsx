"use client";
import { localize } from "@/lib/i18n/client";
import { useId, useState, type KeyboardEvent } from "react";
import type { CatalogueItemDto } from "@/lib/catalogue/client";
import type { Messages } from "@/lib/i18n/client";
import type { Locale } from "@/lib/i18n/client";
import { useCatalogueSearch } from "@/lib/swr";
import { formatYuan } from "@/lib/reimbursement/client";
import { inputClass } from "./estimate-field";

/**
 * A combobox over the catalogue (WAI-ARIA combobox with a listbox): type a Chinese name, pinyin
 * initials or a code; arrow keys move through the results, Enter chooses, Escape closes.
 */
export function EstimateCatalogueSearch({ id, m, locale, onChoose, describedBy, invalid }: {
  id: string;
  m: Messages["estimate"]["form"];
  locale: Locale;
  onChoose: (item: CatalogueItemDto) => void;
  describedBy?: string | undefined;
  invalid: boolean;
}) {
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const { items, error, isLoading } = useCatalogueSearch(query);
  const listId = useId();
  const statusId = `${id}-status`;
  const expanded = open && query.trim() !== "" && items.length > 0;

  function choose(item: CatalogueItemDto) {
    onChoose(item);
    setQuery("");
    setOpen(false);
    setActive(-1);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" && items.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((index) => (index + 1) % items.length);
    } else if (event.key === "ArrowUp" && items.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((index) => (index <= 0 ? items.length - 1 : index - 1));
    } else if (event.key === "Enter" && expanded && active >= 0 && items[active]) {
      event.preventDefault();
      choose(items[active]);
    } else if (event.key === "Escape") {
      setOpen(false);
      setActive(-1);
    }
  }

  let status = "";
  if (query.trim() !== "") status = error ? m.searchError : isLoading ? m.searching : items.length === 0 ? m.searchEmpty : "";
  return (
    <div className="relative">
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        aria-describedby={[describedBy, statusId].filter(Boolean).join(" ")}
        aria-invalid={invalid}
        className={inputClass}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      <p id={statusId} role="status" className="text-sm text-muted empty:hidden">{status}</p>
      <ul id={listId} role="listbox" aria-label={m.searchResults} hidden={!expanded} className="absolute z-10 mt-1 max-h-72 w-full overflow-auto rounded border border-slate-400 bg-white shadow-lg">
        {items.map((item, index) => (
          <li
            key={item.code}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className="cursor-pointer px-3 py-2 aria-selected:bg-brand-100"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(item)}
          >
            <span className="font-medium">{localize(locale, item.name, item.nameEn)}</span>{" "}
            <span className="text-sm">{m.classes[item.class]}</span>
            <span className="block text-xs text-muted">
              {item.spec} · {formatYuan(item.typicalPriceFen)} / {localize(locale, item.unit, item.unitEn)} · {item.code}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
