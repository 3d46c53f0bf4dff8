"""Receipts: the shop's receipt settings, the store-wide receipt number, a Qt-free receipt
model and its layout in columns, and the ESC/POS output (python-escpos).

The Qt outputs (system printer, PDF, on-screen preview) live in ``posapp.ui.common``; they
paint the same layout. Nothing here imports Qt.
"""
