/**
 * Intl formatters, made once per locale and options. Making one costs far more
 * than formatting with it (~0.1 ms against ~1 µs), and a scrolling table formats
 * hundreds of values a second.
 */
const numberFormats = new Map<string, Intl.NumberFormat>()
const dateFormats = new Map<string, Intl.DateTimeFormat>()
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>()

function cached<F, O>(cache: Map<string, F>, make: (locale: string | undefined, options: O) => F, locale: string | undefined, options: O): F {
  const key = `${locale ?? ''}\u0000${JSON.stringify(options)}`
  let format = cache.get(key)
  if (!format) {
    format = make(locale, options)
    cache.set(key, format)
  }
  return format
}

export const numberFormat = (locale: string | undefined, options: Intl.NumberFormatOptions = {}) =>
  cached(numberFormats, (l, o) => new Intl.NumberFormat(l, o), locale, options)

export const dateFormat = (locale: string | undefined, options: Intl.DateTimeFormatOptions = {}) =>
  cached(dateFormats, (l, o) => new Intl.DateTimeFormat(l, o), locale, options)

export const relativeTimeFormat = (locale: string | undefined, options: Intl.RelativeTimeFormatOptions = {}) =>
  cached(relativeFormats, (l, o) => new Intl.RelativeTimeFormat(l, o), locale, options)
