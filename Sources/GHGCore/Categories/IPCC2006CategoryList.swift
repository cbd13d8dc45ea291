// The IPCC 2006 category tree: every category code with its English and Vietnamese name.
// Source: 2006 IPCC Guidelines for National Greenhouse Gas Inventories, Vol 1 Ch 8 (Reporting
// Guidance and Tables), Table 8.2; Vietnamese names from Decision 01/2022/QĐ-TTg, Annex I (sector and
// sub-sector names: energy, IPPU, AFOLU, waste), with the wording of Circular 38/2023/TT-BCT
// ("đốt nhiên liệu", "phát tán") and of Vietnam's GHG inventory work (e.g. "Tiêu hóa thức ăn",
// "Quản lý chất thải chăn nuôi"); the other names are standard Vietnamese technical translations.

/// One line a category: `code|English name|Vietnamese name`, parents before children.
let ipcc2006CategoryList: String = """
1|Energy|Năng lượng
1.A|Fuel Combustion Activities|Các hoạt động đốt nhiên liệu
1.A.1|Energy Industries|Công nghiệp năng lượng
1.A.1.a|Main Activity Electricity and Heat Production|Sản xuất điện và nhiệt (hoạt động chính)
1.A.1.a.i|Electricity Generation|Sản xuất điện
1.A.1.a.ii|Combined Heat and Power Generation (CHP)|Đồng phát nhiệt và điện (CHP)
1.A.1.a.iii|Heat Plants|Nhà máy sản xuất nhiệt
1.A.1.b|Petroleum Refining|Lọc dầu
1.A.1.c|Manufacture of Solid Fuels and Other Energy Industries|Sản xuất nhiên liệu rắn và các ngành công nghiệp năng lượng khác
1.A.1.c.i|Manufacture of Solid Fuels|Sản xuất nhiên liệu rắn
1.A.1.c.ii|Other Energy Industries|Các ngành công nghiệp năng lượng khác
1.A.2|Manufacturing Industries and Construction|Công nghiệp sản xuất và xây dựng
1.A.2.a|Iron and Steel|Sắt thép
1.A.2.b|Non-Ferrous Metals|Kim loại màu
1.A.2.c|Chemicals|Hóa chất
1.A.2.d|Pulp, Paper and Print|Bột giấy, giấy và in ấn
1.A.2.e|Food Processing, Beverages and Tobacco|Chế biến thực phẩm, đồ uống và thuốc lá
1.A.2.f|Non-Metallic Minerals|Khoáng sản phi kim loại
1.A.2.g|Transport Equipment|Thiết bị vận tải
1.A.2.h|Machinery|Máy móc
1.A.2.i|Mining (excluding fuels) and Quarrying|Khai khoáng (trừ nhiên liệu) và khai thác đá
1.A.2.j|Wood and Wood Products|Gỗ và sản phẩm gỗ
1.A.2.k|Construction|Xây dựng
1.A.2.l|Textile and Leather|Dệt may và da
1.A.2.m|Non-specified Industry|Các ngành công nghiệp không xác định
1.A.3|Transport|Giao thông vận tải
1.A.3.a|Civil Aviation|Hàng không dân dụng
1.A.3.a.i|International Aviation (International Bunkers)|Hàng không quốc tế (nhiên liệu hàng không quốc tế)
1.A.3.a.ii|Domestic Aviation|Hàng không nội địa
1.A.3.b|Road Transportation|Giao thông vận tải đường bộ
1.A.3.b.i|Cars|Ô tô con
1.A.3.b.i.1|Passenger Cars with 3-way Catalysts|Ô tô con có bộ xúc tác ba chiều
1.A.3.b.i.2|Passenger Cars without 3-way Catalysts|Ô tô con không có bộ xúc tác ba chiều
1.A.3.b.ii|Light-duty Trucks|Xe tải hạng nhẹ
1.A.3.b.ii.1|Light-duty Trucks with 3-way Catalysts|Xe tải hạng nhẹ có bộ xúc tác ba chiều
1.A.3.b.ii.2|Light-duty Trucks without 3-way Catalysts|Xe tải hạng nhẹ không có bộ xúc tác ba chiều
1.A.3.b.iii|Heavy-duty Trucks and Buses|Xe tải hạng nặng và xe buýt
1.A.3.b.iv|Motorcycles|Mô tô, xe máy
1.A.3.b.v|Evaporative Emissions from Vehicles|Phát thải do bay hơi từ phương tiện
1.A.3.b.vi|Urea-based Catalysts|Bộ xúc tác sử dụng urê
1.A.3.c|Railways|Giao thông vận tải đường sắt
1.A.3.d|Water-borne Navigation|Giao thông vận tải đường thủy
1.A.3.d.i|International Water-borne Navigation (International Bunkers)|Hàng hải quốc tế (nhiên liệu hàng hải quốc tế)
1.A.3.d.ii|Domestic Water-borne Navigation|Giao thông vận tải đường thủy nội địa và hàng hải nội địa
1.A.3.e|Other Transportation|Giao thông vận tải khác
1.A.3.e.i|Pipeline Transport|Vận chuyển bằng đường ống
1.A.3.e.ii|Off-road|Phương tiện ngoài đường bộ
1.A.4|Other Sectors|Các ngành khác
1.A.4.a|Commercial/Institutional|Thương mại và dịch vụ
1.A.4.b|Residential|Dân dụng
1.A.4.c|Agriculture/Forestry/Fishing/Fish Farms|Nông nghiệp, lâm nghiệp và thủy sản
1.A.4.c.i|Stationary|Nguồn cố định
1.A.4.c.ii|Off-road Vehicles and Other Machinery|Phương tiện ngoài đường bộ và máy móc khác
1.A.4.c.iii|Fishing (mobile combustion)|Đánh bắt thủy sản (đốt nhiên liệu di động)
1.A.5|Non-Specified|Các nguồn không xác định
1.A.5.a|Stationary|Nguồn cố định
1.A.5.b|Mobile|Nguồn di động
1.A.5.b.i|Mobile (Aviation Component)|Nguồn di động (hàng không)
1.A.5.b.ii|Mobile (Water-borne Component)|Nguồn di động (đường thủy)
1.A.5.b.iii|Mobile (Other)|Nguồn di động (khác)
1.A.5.c|Multilateral Operations|Hoạt động đa phương
1.B|Fugitive Emissions from Fuels|Phát thải phát tán từ nhiên liệu
1.B.1|Solid Fuels|Nhiên liệu rắn
1.B.1.a|Coal Mining and Handling|Khai thác và xử lý than
1.B.1.a.i|Underground Mines|Khai thác than hầm lò
1.B.1.a.i.1|Mining|Khai thác
1.B.1.a.i.2|Post-mining Seam Gas Emissions|Phát thải khí vỉa sau khai thác
1.B.1.a.i.3|Abandoned Underground Mines|Mỏ hầm lò đã đóng cửa
1.B.1.a.i.4|Flaring of Drained Methane or Conversion of Methane to CO2|Đốt bỏ khí mê-tan thu hồi hoặc chuyển hóa mê-tan thành CO2
1.B.1.a.ii|Surface Mines|Khai thác than lộ thiên
1.B.1.a.ii.1|Mining|Khai thác
1.B.1.a.ii.2|Post-mining Seam Gas Emissions|Phát thải khí vỉa sau khai thác
1.B.1.b|Uncontrolled Combustion, and Burning Coal Dumps|Cháy không kiểm soát và cháy bãi thải than
1.B.1.c|Solid Fuel Transformation|Chuyển hóa nhiên liệu rắn
1.B.2|Oil and Natural Gas|Dầu và khí tự nhiên
1.B.2.a|Oil|Dầu
1.B.2.a.i|Venting|Xả khí
1.B.2.a.ii|Flaring|Đốt đuốc
1.B.2.a.iii|All Other|Các nguồn khác
1.B.2.a.iii.1|Exploration|Thăm dò
1.B.2.a.iii.2|Production and Upgrading|Khai thác và nâng cấp
1.B.2.a.iii.3|Transport|Vận chuyển
1.B.2.a.iii.4|Refining|Lọc dầu
1.B.2.a.iii.5|Distribution of Oil Products|Phân phối sản phẩm dầu
1.B.2.a.iii.6|Other|Khác
1.B.2.b|Natural Gas|Khí tự nhiên
1.B.2.b.i|Venting|Xả khí
1.B.2.b.ii|Flaring|Đốt đuốc
1.B.2.b.iii|All Other|Các nguồn khác
1.B.2.b.iii.1|Exploration|Thăm dò
1.B.2.b.iii.2|Production|Khai thác
1.B.2.b.iii.3|Processing|Chế biến
1.B.2.b.iii.4|Transmission and Storage|Vận chuyển và tồn trữ
1.B.2.b.iii.5|Distribution|Phân phối
1.B.2.b.iii.6|Other|Khác
1.B.3|Other Emissions from Energy Production|Phát thải khác từ sản xuất năng lượng
1.C|Carbon Dioxide Transport and Storage|Vận chuyển và lưu giữ CO2
1.C.1|Transport of CO2|Vận chuyển CO2
1.C.1.a|Pipelines|Đường ống
1.C.1.b|Ships|Tàu biển
1.C.1.c|Other (please specify)|Khác (ghi rõ)
1.C.2|Injection and Storage|Bơm ép và lưu giữ
1.C.2.a|Injection|Bơm ép
1.C.2.b|Storage|Lưu giữ
1.C.3|Other|Khác
2|Industrial Processes and Product Use|Các quá trình công nghiệp và sử dụng sản phẩm
2.A|Mineral Industry|Công nghiệp khoáng sản
2.A.1|Cement Production|Sản xuất xi măng
2.A.2|Lime Production|Sản xuất vôi
2.A.3|Glass Production|Sản xuất kính
2.A.4|Other Process Uses of Carbonates|Các quá trình sử dụng cacbonat khác
2.A.4.a|Ceramics|Gốm sứ
2.A.4.b|Other Uses of Soda Ash|Các mục đích sử dụng sô-đa khác
2.A.4.c|Non Metallurgical Magnesia Production|Sản xuất magie oxit không dùng cho luyện kim
2.A.4.d|Other (please specify)|Khác (ghi rõ)
2.A.5|Other (please specify)|Khác (ghi rõ)
2.B|Chemical Industry|Công nghiệp hóa chất
2.B.1|Ammonia Production|Sản xuất amoniac
2.B.2|Nitric Acid Production|Sản xuất axit nitric
2.B.3|Adipic Acid Production|Sản xuất axit adipic
2.B.4|Caprolactam, Glyoxal and Glyoxylic Acid Production|Sản xuất caprolactam, glyoxal và axit glyoxylic
2.B.5|Carbide Production|Sản xuất cacbua
2.B.6|Titanium Dioxide Production|Sản xuất titan đioxit
2.B.7|Soda Ash Production|Sản xuất sô-đa
2.B.8|Petrochemical and Carbon Black Production|Sản xuất hóa dầu và muội than
2.B.8.a|Methanol|Metanol
2.B.8.b|Ethylene|Etylen
2.B.8.c|Ethylene Dichloride and Vinyl Chloride Monomer|Etylen điclorua và vinyl clorua monome
2.B.8.d|Ethylene Oxide|Etylen oxit
2.B.8.e|Acrylonitrile|Acrylonitril
2.B.8.f|Carbon Black|Muội than
2.B.9|Fluorochemical Production|Sản xuất hóa chất flo
2.B.9.a|By-product Emissions|Phát thải sản phẩm phụ
2.B.9.b|Fugitive Emissions|Phát thải phát tán
2.B.10|Other (please specify)|Khác (ghi rõ)
2.C|Metal Industry|Công nghiệp kim loại
2.C.1|Iron and Steel Production|Sản xuất sắt thép
2.C.2|Ferroalloys Production|Sản xuất hợp kim fero
2.C.3|Aluminium Production|Sản xuất nhôm
2.C.4|Magnesium Production|Sản xuất magie
2.C.5|Lead Production|Sản xuất chì
2.C.6|Zinc Production|Sản xuất kẽm
2.C.7|Other (please specify)|Khác (ghi rõ)
2.D|Non-Energy Products from Fuels and Solvent Use|Sản phẩm phi năng lượng từ nhiên liệu và sử dụng dung môi
2.D.1|Lubricant Use|Sử dụng dầu bôi trơn
2.D.2|Paraffin Wax Use|Sử dụng sáp parafin
2.D.3|Solvent Use|Sử dụng dung môi
2.D.4|Other (please specify)|Khác (ghi rõ)
2.E|Electronics Industry|Công nghiệp điện tử
2.E.1|Integrated Circuit or Semiconductor|Mạch tích hợp hoặc chất bán dẫn
2.E.2|TFT Flat Panel Display|Màn hình phẳng TFT
2.E.3|Photovoltaics|Pin quang điện
2.E.4|Heat Transfer Fluid|Chất lỏng truyền nhiệt
2.E.5|Other (please specify)|Khác (ghi rõ)
2.F|Product Uses as Substitutes for Ozone Depleting Substances|Sử dụng sản phẩm thay thế cho các chất làm suy giảm tầng ô-dôn
2.F.1|Refrigeration and Air Conditioning|Làm lạnh và điều hòa không khí
2.F.1.a|Refrigeration and Stationary Air Conditioning|Làm lạnh và điều hòa không khí cố định
2.F.1.b|Mobile Air Conditioning|Điều hòa không khí trên phương tiện
2.F.2|Foam Blowing Agents|Chất tạo bọt
2.F.3|Fire Protection|Phòng cháy chữa cháy
2.F.4|Aerosols|Sol khí
2.F.5|Solvents|Dung môi
2.F.6|Other Applications (please specify)|Các ứng dụng khác (ghi rõ)
2.G|Other Product Manufacture and Use|Sản xuất và sử dụng các sản phẩm khác
2.G.1|Electrical Equipment|Thiết bị điện
2.G.1.a|Manufacture of Electrical Equipment|Sản xuất thiết bị điện
2.G.1.b|Use of Electrical Equipment|Sử dụng thiết bị điện
2.G.1.c|Disposal of Electrical Equipment|Thải bỏ thiết bị điện
2.G.2|SF6 and PFCs from Other Product Uses|SF6 và PFC từ sử dụng các sản phẩm khác
2.G.2.a|Military Applications|Ứng dụng quân sự
2.G.2.b|Accelerators|Máy gia tốc
2.G.2.c|Other (please specify)|Khác (ghi rõ)
2.G.3|N2O from Product Uses|N2O từ sử dụng sản phẩm
2.G.3.a|Medical Applications|Ứng dụng y tế
2.G.3.b|Propellant for Pressure and Aerosol Products|Chất đẩy cho sản phẩm nén áp suất và sol khí
2.G.3.c|Other (please specify)|Khác (ghi rõ)
2.G.4|Other (please specify)|Khác (ghi rõ)
2.H|Other|Khác
2.H.1|Pulp and Paper Industry|Công nghiệp giấy và bột giấy
2.H.2|Food and Beverages Industry|Công nghiệp thực phẩm và đồ uống
2.H.3|Other (please specify)|Khác (ghi rõ)
3|Agriculture, Forestry, and Other Land Use|Nông nghiệp, lâm nghiệp và sử dụng đất
3.A|Livestock|Chăn nuôi
3.A.1|Enteric Fermentation|Tiêu hóa thức ăn
3.A.1.a|Cattle|Bò
3.A.1.a.i|Dairy Cows|Bò sữa
3.A.1.a.ii|Other Cattle|Bò khác
3.A.1.b|Buffalo|Trâu
3.A.1.c|Sheep|Cừu
3.A.1.d|Goats|Dê
3.A.1.e|Camels|Lạc đà
3.A.1.f|Horses|Ngựa
3.A.1.g|Mules and Asses|La và lừa
3.A.1.h|Swine|Lợn
3.A.1.j|Other (please specify)|Khác (ghi rõ)
3.A.2|Manure Management|Quản lý chất thải chăn nuôi
3.A.2.a|Cattle|Bò
3.A.2.a.i|Dairy Cows|Bò sữa
3.A.2.a.ii|Other Cattle|Bò khác
3.A.2.b|Buffalo|Trâu
3.A.2.c|Sheep|Cừu
3.A.2.d|Goats|Dê
3.A.2.e|Camels|Lạc đà
3.A.2.f|Horses|Ngựa
3.A.2.g|Mules and Asses|La và lừa
3.A.2.h|Swine|Lợn
3.A.2.i|Poultry|Gia cầm
3.A.2.j|Other (please specify)|Khác (ghi rõ)
3.B|Land|Đất đai
3.B.1|Forest Land|Đất rừng
3.B.1.a|Forest Land Remaining Forest Land|Đất rừng duy trì là đất rừng
3.B.1.b|Land Converted to Forest Land|Đất chuyển đổi thành đất rừng
3.B.1.b.i|Cropland Converted to Forest Land|Đất trồng trọt chuyển đổi thành đất rừng
3.B.1.b.ii|Grassland Converted to Forest Land|Đồng cỏ chuyển đổi thành đất rừng
3.B.1.b.iii|Wetlands Converted to Forest Land|Đất ngập nước chuyển đổi thành đất rừng
3.B.1.b.iv|Settlements Converted to Forest Land|Đất ở chuyển đổi thành đất rừng
3.B.1.b.v|Other Land Converted to Forest Land|Đất khác chuyển đổi thành đất rừng
3.B.2|Cropland|Đất trồng trọt
3.B.2.a|Cropland Remaining Cropland|Đất trồng trọt duy trì là đất trồng trọt
3.B.2.b|Land Converted to Cropland|Đất chuyển đổi thành đất trồng trọt
3.B.2.b.i|Forest Land Converted to Cropland|Đất rừng chuyển đổi thành đất trồng trọt
3.B.2.b.ii|Grassland Converted to Cropland|Đồng cỏ chuyển đổi thành đất trồng trọt
3.B.2.b.iii|Wetlands Converted to Cropland|Đất ngập nước chuyển đổi thành đất trồng trọt
3.B.2.b.iv|Settlements Converted to Cropland|Đất ở chuyển đổi thành đất trồng trọt
3.B.2.b.v|Other Land Converted to Cropland|Đất khác chuyển đổi thành đất trồng trọt
3.B.3|Grassland|Đồng cỏ
3.B.3.a|Grassland Remaining Grassland|Đồng cỏ duy trì là đồng cỏ
3.B.3.b|Land Converted to Grassland|Đất chuyển đổi thành đồng cỏ
3.B.3.b.i|Forest Land Converted to Grassland|Đất rừng chuyển đổi thành đồng cỏ
3.B.3.b.ii|Cropland Converted to Grassland|Đất trồng trọt chuyển đổi thành đồng cỏ
3.B.3.b.iii|Wetlands Converted to Grassland|Đất ngập nước chuyển đổi thành đồng cỏ
3.B.3.b.iv|Settlements Converted to Grassland|Đất ở chuyển đổi thành đồng cỏ
3.B.3.b.v|Other Land Converted to Grassland|Đất khác chuyển đổi thành đồng cỏ
3.B.4|Wetlands|Đất ngập nước
3.B.4.a|Wetlands Remaining Wetlands|Đất ngập nước duy trì là đất ngập nước
3.B.4.a.i|Peatlands Remaining Peatlands|Đất than bùn duy trì là đất than bùn
3.B.4.a.ii|Flooded Land Remaining Flooded Land|Đất bị ngập nước duy trì là đất bị ngập nước
3.B.4.b|Land Converted to Wetlands|Đất chuyển đổi thành đất ngập nước
3.B.4.b.i|Land Converted for Peat Extraction|Đất chuyển đổi để khai thác than bùn
3.B.4.b.ii|Land Converted to Flooded Land|Đất chuyển đổi thành đất bị ngập nước
3.B.4.b.iii|Land Converted to Other Wetlands|Đất chuyển đổi thành đất ngập nước khác
3.B.5|Settlements|Đất ở
3.B.5.a|Settlements Remaining Settlements|Đất ở duy trì là đất ở
3.B.5.b|Land Converted to Settlements|Đất chuyển đổi thành đất ở
3.B.5.b.i|Forest Land Converted to Settlements|Đất rừng chuyển đổi thành đất ở
3.B.5.b.ii|Cropland Converted to Settlements|Đất trồng trọt chuyển đổi thành đất ở
3.B.5.b.iii|Grassland Converted to Settlements|Đồng cỏ chuyển đổi thành đất ở
3.B.5.b.iv|Wetlands Converted to Settlements|Đất ngập nước chuyển đổi thành đất ở
3.B.5.b.v|Other Land Converted to Settlements|Đất khác chuyển đổi thành đất ở
3.B.6|Other Land|Đất khác
3.B.6.a|Other Land Remaining Other Land|Đất khác duy trì là đất khác
3.B.6.b|Land Converted to Other Land|Đất chuyển đổi thành đất khác
3.B.6.b.i|Forest Land Converted to Other Land|Đất rừng chuyển đổi thành đất khác
3.B.6.b.ii|Cropland Converted to Other Land|Đất trồng trọt chuyển đổi thành đất khác
3.B.6.b.iii|Grassland Converted to Other Land|Đồng cỏ chuyển đổi thành đất khác
3.B.6.b.iv|Wetlands Converted to Other Land|Đất ngập nước chuyển đổi thành đất khác
3.B.6.b.v|Settlements Converted to Other Land|Đất ở chuyển đổi thành đất khác
3.C|Aggregate Sources and Non-CO2 Emissions Sources on Land|Các nguồn tổng hợp và nguồn phát thải phi CO2 trên đất
3.C.1|Emissions from Biomass Burning|Phát thải từ đốt sinh khối
3.C.1.a|Biomass Burning in Forest Lands|Đốt sinh khối trên đất rừng
3.C.1.b|Biomass Burning in Croplands|Đốt sinh khối trên đất trồng trọt
3.C.1.c|Biomass Burning in Grasslands|Đốt sinh khối trên đồng cỏ
3.C.1.d|Biomass Burning in All Other Land|Đốt sinh khối trên các loại đất khác
3.C.2|Liming|Bón vôi
3.C.3|Urea Application|Bón phân urê
3.C.4|Direct N2O Emissions from Managed Soils|Phát thải N2O trực tiếp từ đất được quản lý
3.C.5|Indirect N2O Emissions from Managed Soils|Phát thải N2O gián tiếp từ đất được quản lý
3.C.6|Indirect N2O Emissions from Manure Management|Phát thải N2O gián tiếp từ quản lý chất thải chăn nuôi
3.C.7|Rice Cultivations|Canh tác lúa
3.C.8|Other (please specify)|Khác (ghi rõ)
3.D|Other|Khác
3.D.1|Harvested Wood Products|Sản phẩm gỗ khai thác
3.D.2|Other (please specify)|Khác (ghi rõ)
4|Waste|Chất thải
4.A|Solid Waste Disposal|Chôn lấp chất thải rắn
4.A.1|Managed Waste Disposal Sites|Bãi chôn lấp chất thải có quản lý
4.A.2|Unmanaged Waste Disposal Sites|Bãi chôn lấp chất thải không được quản lý
4.A.3|Uncategorised Waste Disposal Sites|Bãi chôn lấp chất thải chưa phân loại
4.B|Biological Treatment of Solid Waste|Xử lý chất thải rắn bằng phương pháp sinh học
4.C|Incineration and Open Burning of Waste|Thiêu đốt và đốt lộ thiên chất thải
4.C.1|Waste Incineration|Thiêu đốt chất thải
4.C.2|Open Burning of Waste|Đốt lộ thiên chất thải
4.D|Wastewater Treatment and Discharge|Xử lý và xả thải nước thải
4.D.1|Domestic Wastewater Treatment and Discharge|Xử lý và xả nước thải sinh hoạt
4.D.2|Industrial Wastewater Treatment and Discharge|Xử lý và xả nước thải công nghiệp
4.E|Other (please specify)|Khác (ghi rõ)
5|Other|Khác
5.A|Indirect N2O Emissions from the Atmospheric Deposition of Nitrogen in NOx and NH3|Phát thải N2O gián tiếp từ lắng đọng nitơ trong khí quyển dưới dạng NOx và NH3
5.B|Other (please specify)|Khác (ghi rõ)
"""
