"""Charts drawn on the server as accessible SVG: ``role="img"`` with a <title> and a <desc> that states what the
chart shows in words; every chart is printed next to its data table, which is the accessible form of the data.
No JavaScript and no chart library: the dashboard works offline and prints as it looks.
"""

import math

from django.utils.html import escape
from django.utils.safestring import mark_safe

from .formatting import number, short_date

# Colours with at least 3:1 contrast against white, told apart by shape too (line vs bars, legend order).
PALETTE = ("#0b5cad", "#b0400c", "#2e7d32", "#6a3d9a", "#8a6d00")
FONT = "font-family:system-ui,sans-serif;font-size:12px"


TICKS = 4


def _nice_max(value):
    """A round axis maximum ≥ value whose ticks are whole round numbers: 4 × (1, 2 or 5 × 10^n)."""
    if value <= TICKS:
        return TICKS
    raw_step = value / TICKS
    exponent = 10 ** math.floor(math.log10(raw_step))
    step = next(s * exponent for s in (1, 2, 5, 10) if raw_step <= s * exponent)
    return int(step * TICKS)


def _svg(chart_id, title, desc, width, height, body):
    return mark_safe(
        f'<svg class="stats-chart" id="{chart_id}" role="img" aria-labelledby="{chart_id}-title {chart_id}-desc" '
        f'viewBox="0 0 {width} {height}" width="100%" preserveAspectRatio="xMidYMid meet" style="{FONT}" '
        f'xmlns="http://www.w3.org/2000/svg">'
        f'<title id="{chart_id}-title">{escape(title)}</title><desc id="{chart_id}-desc">{escape(desc)}</desc>'
        f"{body}</svg>"
    )


def _y_axis(top, left, plot_width, plot_height, maximum, ticks=TICKS):
    parts = []
    for index in range(ticks + 1):
        value = maximum * index / ticks
        y = top + plot_height - plot_height * index / ticks
        parts.append(
            f'<line x1="{left}" y1="{y:.1f}" x2="{left + plot_width}" y2="{y:.1f}" stroke="#d0d0d0" stroke-width="1"/>'
            f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" fill="#333">{number(round(value))}</text>'
        )
    return "".join(parts)


def line_chart(chart_id, title, points, unit="lượt"):
    """Visits per day: ``points`` = [(date, value)]."""
    width, height, left, right, top, bottom = 900, 280, 70, 16, 16, 40
    plot_width, plot_height = width - left - right, height - top - bottom
    values = [value for _day, value in points]
    if not points:
        return _svg(chart_id, title, "Không có số liệu.", width, height, "")
    maximum = _nice_max(max(values))
    step = plot_width / max(1, len(points) - 1)

    def xy(index, value):
        return left + index * step, top + plot_height - plot_height * value / maximum

    coordinates = [xy(index, value) for index, value in enumerate(values)]
    line = " ".join(f"{x:.1f},{y:.1f}" for x, y in coordinates)
    area = f"{left:.1f},{top + plot_height:.1f} {line} {coordinates[-1][0]:.1f},{top + plot_height:.1f}"
    labels = []
    for index, (day, _value) in enumerate(points):
        if day.day == 1 or index == 0:
            x = left + index * step
            labels.append(
                f'<line x1="{x:.1f}" y1="{top + plot_height}" x2="{x:.1f}" y2="{top + plot_height + 5}" stroke="#333"/>'
                f'<text x="{x:.1f}" y="{top + plot_height + 18}" text-anchor="middle" fill="#333">{day:%m/%Y}</text>'
            )
    peak_index = max(range(len(values)), key=values.__getitem__)
    low_index = min(range(len(values)), key=values.__getitem__)
    desc = (
        f"Từ {short_date(points[0][0])} đến {short_date(points[-1][0])}: tổng {number(sum(values))} {unit}, "
        f"trung bình {number(round(sum(values) / len(values)))} {unit} mỗi ngày; cao nhất "
        f"{number(values[peak_index])} {unit} ngày {short_date(points[peak_index][0])}, thấp nhất "
        f"{number(values[low_index])} {unit} ngày {short_date(points[low_index][0])}."
    )
    body = (
        _y_axis(top, left, plot_width, plot_height, maximum)
        + f'<polygon points="{area}" fill="{PALETTE[0]}" fill-opacity="0.15"/>'
        + f'<polyline points="{line}" fill="none" stroke="{PALETTE[0]}" stroke-width="1.5"/>'
        + "".join(labels)
    )
    return _svg(chart_id, title, desc, width, height, body)


def bar_chart(chart_id, title, categories, series):
    """Grouped bars: ``categories`` = labels on the x axis; ``series`` = [(name, [value per category])]."""
    width, height, left, right, top, bottom = 900, 300, 70, 16, 40, 40
    plot_width, plot_height = width - left - right, height - top - bottom
    if not categories or not series:
        return _svg(chart_id, title, "Không có số liệu.", width, height, "")
    maximum = _nice_max(max((max(values) for _name, values in series), default=0))
    group_width = plot_width / len(categories)
    bar_width = max(2.0, group_width * 0.8 / len(series))
    parts = [_y_axis(top, left, plot_width, plot_height, maximum)]
    for column, category in enumerate(categories):
        group_left = left + column * group_width + group_width * 0.1
        for row, (name, values) in enumerate(series):
            value = values[column]
            bar_height = plot_height * value / maximum
            x = group_left + row * bar_width
            parts.append(
                f'<rect x="{x:.1f}" y="{top + plot_height - bar_height:.1f}" width="{bar_width - 1:.1f}" '
                f'height="{bar_height:.1f}" fill="{PALETTE[row % len(PALETTE)]}">'
                f"<title>{escape(category)} – {escape(name)}: {number(value)}</title></rect>"
            )
        parts.append(
            f'<text x="{left + column * group_width + group_width / 2:.1f}" y="{top + plot_height + 18}" '
            f'text-anchor="middle" fill="#333">{escape(category)}</text>'
        )
    legend_x = left
    for row, (name, _values) in enumerate(series):
        parts.append(
            f'<rect x="{legend_x}" y="10" width="12" height="12" fill="{PALETTE[row % len(PALETTE)]}"/>'
            f'<text x="{legend_x + 16}" y="20" fill="#333">{escape(name)}</text>'
        )
        legend_x += 24 + 7 * len(name)
    totals = "; ".join(f"{name}: {number(sum(values))}" for name, values in series)
    desc = f"{len(categories)} cột ({categories[0]} – {categories[-1]}). Tổng cộng – {totals}."
    return _svg(chart_id, title, desc, width, height, "".join(parts))
